using System.Globalization;

namespace IntegritySite.Core.Calendar;

/// <summary>Dates are kept at day precision in Thailand's time zone (UTC+7, no daylight saving).</summary>
public static class BangkokDate
{
    /// <summary>Thailand's offset from UTC: the one place it is written.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static string Today(TimeProvider clock) => Format(TodayDate(clock));

    public static DateOnly TodayDate(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A yyyy-MM-dd day, or null for anything else (query parameters).</summary>
    public static DateOnly? TryParse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
