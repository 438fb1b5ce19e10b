using System.Globalization;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Derive;

/// <summary>
/// Dates as readers expect them: Thai in the Buddhist Era ("25 มีนาคม 2564"), English in the Gregorian calendar
/// ("25 March 2021"). The era is chosen here on purpose rather than left to a culture's default calendar.
/// </summary>
public static class ThaiDates
{
    private static readonly string[] ThaiMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public const int BuddhistEraOffset = 543;

    public static string Format(DateOnly date, Language language) => language == Language.Th
        ? $"{date.Day} {ThaiMonths[date.Month - 1]} {date.Year + BuddhistEraOffset}"
        : date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The fiscal year (Buddhist Era) a date falls in; the year that starts on 1 October 2020 is 2564.</summary>
    public static int FiscalYear(DateOnly date, SiteConfig config)
    {
        var start = new DateOnly(date.Year, config.FiscalYearStartMonth, config.FiscalYearStartDay);
        return (date >= start ? date.Year + 1 : date.Year) + BuddhistEraOffset;
    }
}
