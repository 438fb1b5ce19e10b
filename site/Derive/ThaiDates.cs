using IntegritySite.Core.Calendar;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Derive;

/// <summary>
/// Dates as readers expect them: Thai in the Buddhist Era ("25 มีนาคม 2564"), English in the Gregorian calendar
/// ("25 March 2021"). The era is chosen here on purpose rather than left to a culture's default calendar.
/// </summary>
public static class ThaiDates
{
    public const int BuddhistEraOffset = ThaiDate.BuddhistEraOffset;

    /// <summary>Today's date in Thailand (UTC+7, no daylight saving), whatever the machine's time zone.</summary>
    public static DateOnly TodayInThailand(TimeProvider? clock = null) => BangkokDate.TodayDate(clock ?? TimeProvider.System);

    /// <remarks>One formatter for the whole product: the complaint intake's pages use the same one.</remarks>
    public static string Format(DateOnly date, Language language) =>
        language == Language.Th ? ThaiDate.Thai(date) : ThaiDate.English(date);

    /// <summary>A month without its day: "ตุลาคม 2563", "October 2020".</summary>
    public static string FormatMonth(DateOnly month, Language language) =>
        language == Language.Th ? ThaiDate.ThaiMonth(month) : ThaiDate.EnglishMonth(month);
}
