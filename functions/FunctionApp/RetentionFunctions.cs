using IntegritySite.Intake.Service;
using Microsoft.Azure.Functions.Worker;

namespace IntegritySite.FunctionApp;

/// <summary>The retention purge on a schedule, so deletion at the end of retention does not depend on anyone remembering.</summary>
public sealed class RetentionFunctions(RetentionPurge purge)
{
    /// <summary>Daily at 03:00 in Thailand (20:00 UTC), when nobody is reporting.</summary>
    [Function("RetentionPurgeDaily")]
    public Task Run([TimerTrigger("0 0 20 * * *")] TimerInfo timer, CancellationToken ct) => purge.PurgeAsync(ct);
}
