using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>
/// Stores a complaint sealed to the officer, exactly once per submission id, and returns its receipt. The receipt
/// and id are drawn before the first write attempt and stay the same through every retry of that write, so a retry
/// that finds its own earlier attempt stored is a success, never a second copy.
/// </summary>
public sealed class ComplaintIntake(IComplaintStore store, IntakeKeys keys, IntakeOptions options, TimeProvider clock, IReportArrivals arrivals, AttachmentReceiver attachments)
{
    private const int MaxReceiptAttempts = 3;

    /// <summary>The receipt, whether it answered a retry, and the Bangkok day the complaint was received.</summary>
    public Task<(ReceiptCode Receipt, bool WasRetry, DateOnly Submitted)> SubmitAsync(ComplaintSubmission submission, CancellationToken ct) =>
        SubmitAsync(submission, [], ct);

    /// <summary>
    /// With evidence files already encrypted into their blobs (<see cref="AttachmentReceiver"/>): the complaint's row,
    /// written last, links them. Their blobs are deleted here when the row is certainly not stored (store unavailable) or
    /// is a retry of one stored before (which links its own copies); when the outcome is unknown they are left, and the
    /// purge's sweep removes them if no row names them.
    /// </summary>
    public async Task<(ReceiptCode Receipt, bool WasRetry, DateOnly Submitted)> SubmitAsync(ComplaintSubmission submission, IReadOnlyList<ReceivedAttachment> files, CancellationToken ct)
    {
        try
        {
            var outcome = await StoreAsync(submission, files, ct);
            if (outcome.WasRetry)
            {
                await attachments.DiscardAsync(files);
            }
            return outcome;
        }
        catch (StoreUnavailableException)
        {
            await attachments.DiscardAsync(files);
            throw;
        }
    }

    private async Task<(ReceiptCode Receipt, bool WasRetry, DateOnly Submitted)> StoreAsync(ComplaintSubmission submission, IReadOnlyList<ReceivedAttachment> files, CancellationToken ct)
    {
        var plaintext = submission.Plaintext;
        // The files as sent are part of what a retry must repeat: the same text with other files is another report.
        var retryContent = files.Count == 0 ? plaintext : [.. plaintext, .. files.SelectMany(f => f.Digest)];
        // No look-up first: the insert itself finds an earlier submission's retry record (one store call, not two).
        var retryKey = submission.SubmissionId is { } submissionId ? keys.Server.SubmissionIndex(submissionId, retryContent) : null;

        for (var attempt = 0; attempt < MaxReceiptAttempts; attempt++)
        {
            var receipt = ReceiptCode.Generate();
            var complaint = NewComplaint(receipt, submission.Facts.Category, plaintext, files);
            var retry = retryKey is null ? null : NewRetryRecord(retryKey, receipt, submission.SubmissionId!, retryContent, complaint.Submitted);
            switch (await store.InsertAsync(complaint, retry, ct))
            {
                case InsertOutcome.Inserted:
                    arrivals.ReportArrived();
                    return (receipt, false, BangkokDate.Parse(complaint.Submitted));
                case InsertOutcome.SubmissionExists:
                    var earlier = await store.FindRetryRecordAsync(retryKey!, ct)
                        ?? throw new InvalidOperationException("Retry record vanished.");
                    return (Replay(earlier, submission.SubmissionId!, retryContent), true, BangkokDate.Parse(earlier.Submitted));
            }
        }
        throw new InvalidOperationException("Could not allocate a unique receipt.");
    }

    private StoredComplaint NewComplaint(ReceiptCode receipt, string category, byte[] facts, IReadOnlyList<ReceivedAttachment> files)
    {
        var id = keys.Server.ReceiptIndex(receipt);
        var today = BangkokDate.Today(clock);
        // The id and category are sealed with the facts, so the officer's tool can tell content moved from another row.
        var sealedContent = OfficerSeal.Seal(SealedEnvelope.ForReport(id, category, facts), keys.OfficerPublicKeys);
        var wrapped = ReportKeyWrap.CreateFor(receipt, id, keys.Server, options.ReceiptKdfMemoryKiB, options.ReceiptKdfPasses);
        var linked = files.Count == 0
            ? StoredAttachments.None
            : new StoredAttachments(AttachmentManifest.Seal(id, files.Select(f => f.Entry).ToList(), keys.OfficerPublicKeys), files.Select(f => f.Entry.Blob).ToList());
        return new StoredComplaint(id, category, ComplaintStatus.Received, today, today, sealedContent, wrapped, Attachments: linked);
    }

    // The complaint's own day, so the retry record never outlives it at purge (Retention.IsRetryRecordDue).
    private RetryRecord NewRetryRecord(string key, ReceiptCode receipt, string submissionId, byte[] plaintext, string submitted)
    {
        var (nonce, ciphertext) = SubmissionReceiptWrap.Wrap(keys.Server.SubmissionWrapKey(submissionId, plaintext), receipt, key);
        return new RetryRecord(key, nonce, ciphertext, submitted);
    }

    private ReceiptCode Replay(RetryRecord earlier, string submissionId, byte[] plaintext) =>
        SubmissionReceiptWrap.Unwrap(keys.Server.SubmissionWrapKey(submissionId, plaintext), earlier.ReceiptNonce, earlier.ReceiptCiphertext, earlier.Key);
}
