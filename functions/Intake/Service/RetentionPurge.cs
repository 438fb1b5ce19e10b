using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage;
using IntegritySite.Intake.Storage.Attachments;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Service;

/// <summary>What a purge deleted: counts only.</summary>
public sealed record PurgeResult(int ComplaintsDeleted, int EntitiesDeleted);

/// <summary>What a purge would delete now: counts only, for the officer to see before confirming.</summary>
public sealed record PurgePreview(int ComplaintsDue, int RetryRecordsDue, int RetentionDays);

/// <summary>Deletes every stored item of each closed complaint whose retention period has passed (PDPA 2562).</summary>
public sealed class RetentionPurge(IComplaintStore store, AttachmentStoreHolder attachments, IntakeOptions options, TimeProvider clock, ILogger<RetentionPurge> logger)
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
            // Its files: the report's own and those added later with the receipt (read before the thread is deleted).
            var blobs = attachments.Store is null ? [] : await LinkedBlobsAsync(complaint, ct);
            // Null when it changed since it was listed (no longer due) or is already gone.
            if (await store.DeleteComplaintAsync(complaint, ct) is { } deleted)
            {
                purged++;
                entities += deleted;
                // After the row: a failure here leaves blobs no complaint names, which the sweep below (or the next) removes.
                if (attachments.Store is { } files && blobs.Count > 0)
                {
                    entities += await files.DeleteAsync(blobs, ct);
                }
            }
        }

        entities += await store.SweepAsync(today.AddDays(-1), ct);
        entities += await SweepAttachmentsAsync(ct);
        IntakeLog.Purged(logger, purged, entities);
        return new PurgeResult(purged, entities);
    }

    /// <summary>
    /// Deletes blobs no complaint names that are older than a day: left by an upload cut off or refused whose deletion
    /// failed, a killed process, a write whose outcome stayed unknown, or a purge interrupted after the row. Complaints
    /// are listed before blobs, so a blob linked by a complaint stored meanwhile is at most minutes old and kept.
    /// </summary>
    private async Task<int> SweepAttachmentsAsync(CancellationToken ct)
    {
        if (attachments.Store is not { } files)
        {
            return 0;
        }
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var complaint in await store.ListComplaintsAsync(ct))
        {
            linked.UnionWith(await LinkedBlobsAsync(complaint, ct));
        }
        var before = clock.GetUtcNow() - OrphanAge;
        var orphans = (await files.ListAsync(ct)).Where(b => b.Written < before && !linked.Contains(b.Id)).Select(b => b.Id).Distinct().ToList();
        return orphans.Count == 0 ? 0 : await files.DeleteAsync(orphans, ct);
    }

    private async Task<IReadOnlyList<string>> LinkedBlobsAsync(ComplaintListing complaint, CancellationToken ct) =>
        [.. complaint.BlobIds, .. (await store.ListMessagesAsync(complaint.Id, ct)).SelectMany(m => m.Message.Files.BlobIds)];

    /// <summary>How old an unlinked blob must be before the sweep deletes it (longer than any upload and its write).</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromDays(1);

    private DateOnly Today()
    {
        if (options.RetentionDays < 0)
        {
            throw new InvalidOperationException("Intake:RetentionDays must not be negative.");
        }
        return BangkokDate.TodayDate(clock);
    }
}
