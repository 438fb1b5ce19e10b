using System.Threading.Channels;
using IntegritySite.Intake.Service;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Notifications;

/// <summary>
/// Tells the officers that reports arrived, after the receipt was given and never in its way: the intake signals,
/// and this background worker sends one mail for every report that arrived within <see cref="IntakeOptions.NotifyCoalesce"/>.
/// A mail that fails is tried again (three times, a minute apart), then the count waits for the next arrival.
/// </summary>
public sealed class NewReportNotifier(IntakeOptions options, IMailSender sender, ILogger<NewReportNotifier> logger) : BackgroundService, IReportArrivals
{
    private readonly Channel<bool> _arrivals = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });

    public void ReportArrived()
    {
        if (options.NotificationsEnabled)
        {
            _arrivals.Writer.TryWrite(true);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = 0;
        while (await _arrivals.Reader.WaitToReadAsync(stoppingToken))
        {
            if (options.NotifyCoalesce > TimeSpan.Zero)
            {
                await Task.Delay(options.NotifyCoalesce, stoppingToken);
            }
            while (_arrivals.Reader.TryRead(out _))
            {
                pending++;
            }
            for (var attempt = 1; attempt <= 3 && pending > 0; attempt++)
            {
                try
                {
                    await sender.SendAsync(NotificationMail.NewReports(options, pending), stoppingToken);
                    IntakeLog.NotificationSent(logger, "new reports");
                    pending = 0;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    IntakeLog.NotificationFailed(logger, "new reports", e.GetType().Name);
                    await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
                }
            }
        }
    }
}
