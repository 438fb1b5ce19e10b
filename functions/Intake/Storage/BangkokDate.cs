using System.Globalization;

namespace IntegritySite.Intake.Storage;

/// <summary>Dates are kept at day precision in Thailand's time zone (UTC+7, no daylight saving).</summary>
public static class BangkokDate
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static string Today(TimeProvider clock) =>
        clock.GetUtcNow().ToOffset(Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
