using System.Globalization;

namespace IntegritySite.Intake.Pages;

/// <summary>Dates as Thai readers expect them (Buddhist Era) and in English.</summary>
public static class ThaiDate
{
    private static readonly string[] ThaiMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    /// <summary>e.g. "25 มีนาคม 2569" for 2026-03-25.</summary>
    public static string Thai(DateOnly date) => $"{date.Day} {ThaiMonths[date.Month - 1]} {date.Year + 543}";

    /// <summary>e.g. "25 March 2026".</summary>
    public static string English(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
