using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Service;

/// <summary>What a purge deleted: counts only.</summary>
public sealed record PurgeResult(int ComplaintsDeleted, int EntitiesDeleted);

/// <summary>What a purge would delete now: counts only, for the officer to see before confirming.</summary>
public sealed record PurgePreview(int ComplaintsDue, int RetryRecordsDue, int RetentionDays);

/// <summary>Deletes every stored item of each closed complaint whose retention period has passed (PDPA 2562).</summary>
public sealed class RetentionPurge(IComplaintStore store, IntakeOptions options, TimeProvider clock, ILogger<RetentionPurge> logger)
{
    /// <summary>The dry run: what <see cref="PurgeAsync"/> would delete today, deleting nothing.</summary>
    public async Task<PurgePreview> PreviewAsync(CancellationToken ct)
    {
        var today = Today();
        var retryRecords = (await store.ListRetryRecordsAsync(ct)).Count(r => Retention.IsRetryRecordDue(BangkokDate.Parse(r.Submitted), today, options.RetentionDays));
        var complaints = (await store.ListComplaintsAsync(ct)).Count(c => Retention.IsDue(c.Status, BangkokDate.Parse(c.Updated), today, options.RetentionDays));
        return new PurgePreview(complaints, retryRecords, options.RetentionDays);
    }

    public async Task<PurgeResult> PurgeAsync(CancellationToken ct)
    {
        var today = Today();

        // Retry records first: if this fails, no complaint has lost anything yet.
        var retryRecords = (await store.ListRetryRecordsAsync(ct))
            .Where(r => Retention.IsRetryRecordDue(BangkokDate.Parse(r.Submitted), today, options.RetentionDays))
            .Select(r => r.Key)
            .ToList();
        var entities = await store.DeleteRetryRecordsAsync(retryRecords, ct);

        var purged = 0;
        foreach (var complaint in (await store.ListComplaintsAsync(ct)).Where(c => Retention.IsDue(c.Status, BangkokDate.Parse(c.Updated), today, options.RetentionDays)))
        {
            // Null when it changed since it was listed (no longer due) or is already gone.
            if (await store.DeleteComplaintAsync(complaint, ct) is { } deleted)
            {
                purged++;
                entities += deleted;
            }
        }

        entities += await store.SweepAsync(today.AddDays(-1), ct);
        IntakeLog.Purged(logger, purged, entities);
        return new PurgeResult(purged, entities);
    }

    private DateOnly Today()
    {
        if (options.RetentionDays < 0)
        {
            throw new InvalidOperationException("Intake:RetentionDays must not be negative.");
        }
        return BangkokDate.TodayDate(clock);
    }
}
