using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Service;

/// <summary>What a purge deleted: counts only.</summary>
public sealed record PurgeResult(int ComplaintsDeleted, int EntitiesDeleted);

/// <summary>Deletes every entity of each closed complaint whose retention period has passed (PDPA 2562).</summary>
public sealed class RetentionPurge(ComplaintStore store, IntakeOptions options, TimeProvider clock, ILogger<RetentionPurge> logger)
{
    public async Task<PurgeResult> PurgeAsync(CancellationToken ct)
    {
        if (options.RetentionDays < 0)
        {
            throw new InvalidOperationException("Intake:RetentionDays must not be negative.");
        }
        var today = BangkokDate.TodayDate(clock);

        // Retry records first: if this fails, no complaint has lost anything yet.
        var retryRecords = (await store.ListRetryRecordsAsync(ct))
            .Where(r => Retention.IsRetryRecordDue(BangkokDate.Parse(r.Submitted), today, options.RetentionDays))
            .Select(r => r.RowKey)
            .ToList();
        var entities = await store.DeleteRowsAsync(retryRecords, ct);

        // Messages are listed before complaints: a message is only ever written together with its complaint's
        // update, so one whose complaint is missing from the later list is an orphan (left by an earlier purge
        // of a complaint with more messages than one transaction holds) and goes too.
        var threads = (await store.ListMessageKeysAsync(ct)).ToLookup(MessageEntity.ComplaintIdOf, StringComparer.Ordinal);
        var complaints = await store.ListForRetentionAsync(ct);

        var purged = 0;
        foreach (var complaint in complaints.Where(c => Retention.IsDue(c.Status, BangkokDate.Parse(c.Updated), today, options.RetentionDays)))
        {
            var thread = threads[complaint.Id].ToList();
            if (!await store.DeleteComplaintAsync(complaint, thread.Take(ComplaintStore.MaxMessagesWithComplaint).ToList(), ct))
            {
                continue; // changed since it was listed: no longer due, or already purged
            }
            purged++;
            entities += 1 + Math.Min(thread.Count, ComplaintStore.MaxMessagesWithComplaint);
            // The complaint is gone, so the reporter and the officer can no longer reach what remains.
            entities += await store.DeleteRowsAsync(thread.Skip(ComplaintStore.MaxMessagesWithComplaint).ToList(), ct);
        }

        var existing = complaints.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = threads.Where(t => !existing.Contains(t.Key)).SelectMany(t => t).ToList();
        entities += await store.DeleteRowsAsync(orphans, ct);
        IntakeLog.Purged(logger, purged, entities);
        return new PurgeResult(purged, entities);
    }
}
