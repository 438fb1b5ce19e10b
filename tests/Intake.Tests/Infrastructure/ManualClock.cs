namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, for the rate-limit windows and the Bangkok dates the intake stores.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;

    /// <summary>Noon in Bangkok (UTC+7) on that day.</summary>
    public static DateTimeOffset BangkokNoon(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.FromHours(7));
}
