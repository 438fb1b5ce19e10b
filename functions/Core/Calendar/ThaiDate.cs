using System.Globalization;

namespace IntegritySite.Core.Calendar;

/// <summary>Dates as Thai readers expect them (Buddhist Era) and in English.</summary>
public static class ThaiDate
{
    /// <summary>Buddhist Era year = Gregorian year + 543.</summary>
    public const int BuddhistEraOffset = 543;

    private static readonly string[] ThaiMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    /// <summary>e.g. "25 มีนาคม 2569" for 2026-03-25.</summary>
    public static string Thai(DateOnly date) => $"{date.Day} {ThaiMonths[date.Month - 1]} {date.Year + BuddhistEraOffset}";

    /// <summary>e.g. "ตุลาคม 2563" for October 2020.</summary>
    public static string ThaiMonth(DateOnly date) => $"{ThaiMonths[date.Month - 1]} {date.Year + BuddhistEraOffset}";

    /// <summary>e.g. "October 2020".</summary>
    public static string EnglishMonth(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>e.g. "25 March 2026".</summary>
    public static string English(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
