using IntegritySite.Intake.Notifications;
using Microsoft.Azure.Functions.Worker;

namespace IntegritySite.FunctionApp;

/// <summary>The officers' morning digest (counts only); off unless Intake__NotifySmtpHost and Intake__NotifyTo are set.</summary>
public sealed class NotificationFunctions(DailyDigest digest)
{
    /// <summary>Daily at 08:00 in Thailand (01:00 UTC), before the office opens.</summary>
    [Function("OfficerDailyDigest")]
    public Task Run([TimerTrigger("0 0 1 * * *")] TimerInfo timer, CancellationToken ct) => digest.SendAsync(ct);
}
