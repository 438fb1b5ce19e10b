using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>
/// Stores a complaint sealed to the officer, exactly once per submission id, and returns its receipt. The receipt
/// and id are drawn before the first write attempt and stay the same through every retry of that write, so a retry
/// that finds its own earlier attempt stored is a success, never a second copy.
/// </summary>
public sealed class ComplaintIntake(IComplaintStore store, IntakeKeys keys, IntakeOptions options, TimeProvider clock, IReportArrivals arrivals)
{
    private const int MaxReceiptAttempts = 3;

    /// <summary>The receipt, whether it answered a retry, and the Bangkok day the complaint was received.</summary>
    public async Task<(ReceiptCode Receipt, bool WasRetry, DateOnly Submitted)> SubmitAsync(ComplaintSubmission submission, CancellationToken ct)
    {
        var plaintext = submission.Plaintext;
        // No look-up first: the insert itself finds an earlier submission's retry record (one store call, not two).
        var retryKey = submission.SubmissionId is { } submissionId ? keys.Server.SubmissionIndex(submissionId, plaintext) : null;

        for (var attempt = 0; attempt < MaxReceiptAttempts; attempt++)
        {
            var receipt = ReceiptCode.Generate();
            var complaint = NewComplaint(receipt, submission.Facts.Category, plaintext);
            var retry = retryKey is null ? null : NewRetryRecord(retryKey, receipt, submission.SubmissionId!, plaintext, complaint.Submitted);
            switch (await store.InsertAsync(complaint, retry, ct))
            {
                case InsertOutcome.Inserted:
                    arrivals.ReportArrived();
                    return (receipt, false, BangkokDate.Parse(complaint.Submitted));
                case InsertOutcome.SubmissionExists:
                    var earlier = await store.FindRetryRecordAsync(retryKey!, ct)
                        ?? throw new InvalidOperationException("Retry record vanished.");
                    return (Replay(earlier, submission.SubmissionId!, plaintext), true, BangkokDate.Parse(earlier.Submitted));
            }
        }
        throw new InvalidOperationException("Could not allocate a unique receipt.");
    }

    private StoredComplaint NewComplaint(ReceiptCode receipt, string category, byte[] facts)
    {
        var id = keys.Server.ReceiptIndex(receipt);
        var today = BangkokDate.Today(clock);
        // The id and category are sealed with the facts, so the officer's tool can tell content moved from another row.
        var sealedContent = OfficerSeal.Seal(SealedEnvelope.ForReport(id, category, facts), keys.OfficerPublicKeys);
        var wrapped = ReportKeyWrap.CreateFor(receipt, id, keys.Server, options.ReceiptKdfMemoryKiB, options.ReceiptKdfPasses);
        return new StoredComplaint(id, category, ComplaintStatus.Received, today, today, sealedContent, wrapped);
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
