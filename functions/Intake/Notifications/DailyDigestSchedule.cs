using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Notifications;

/// <summary>The daily digest at 08:00 in Thailand, for hosts without a timer trigger (the local host).</summary>
public sealed class DailyDigestSchedule(DailyDigest digest, TimeProvider clock, ILogger<DailyDigestSchedule> logger) : BackgroundService
{
    public static readonly TimeOnly At = new(8, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(clock.GetUtcNow()), clock, stoppingToken);
            try
            {
                await digest.SendAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                IntakeLog.NotificationFailed(logger, "daily digest", e.GetType().Name);
            }
        }
    }

    public static TimeSpan UntilNext(DateTimeOffset now)
    {
        var local = now.ToOffset(BangkokDate.Offset);
        var next = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(At), BangkokDate.Offset);
        return (next > local ? next : next.AddDays(1)) - local;
    }
}
