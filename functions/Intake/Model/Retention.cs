namespace IntegritySite.Intake.Model;

/// <summary>PDPA 2562: personal data is deleted once the retention period after closing has passed.</summary>
public static class Retention
{
    /// <summary>
    /// Retry records only answer a resent form (seconds to hours later); they cannot be tied to their complaint
    /// without the receipt, so they expire by age on their own, never later than the complaint they belong to.
    /// </summary>
    public const int RetryRecordDays = 30;

    /// <summary>Closed (completed or not-actionable) and last updated more than <paramref name="retentionDays"/> days before today; never an open complaint.</summary>
    public static bool IsDue(string status, DateOnly updated, DateOnly today, int retentionDays) =>
        !StatusGroups.IsOpen(status) && updated < today.AddDays(-retentionDays);

    /// <summary>
    /// Stored on the complaint's own submission day, so a retry record is always at least as old as the
    /// Updated date of its complaint and goes no later than the complaint itself.
    /// </summary>
    public static bool IsRetryRecordDue(DateOnly submitted, DateOnly today, int retentionDays) =>
        submitted < today.AddDays(-Math.Min(RetryRecordDays, retentionDays));
}
