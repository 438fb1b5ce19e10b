using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>Stores a complaint sealed to the officer, exactly once per submission id, and returns its receipt.</summary>
public sealed class ComplaintIntake(ComplaintStore store, IntakeKeys keys, IntakeOptions options, TimeProvider clock)
{
    private const int MaxReceiptAttempts = 3;

    public async Task<(ReceiptCode Receipt, bool WasRetry)> SubmitAsync(ComplaintSubmission submission, CancellationToken ct)
    {
        var plaintext = submission.Plaintext;
        string? submissionRow = null;
        if (submission.SubmissionId is { } submissionId)
        {
            submissionRow = SubmissionEntity.RowPrefix + keys.Server.SubmissionIndex(submissionId, plaintext);
            if (await store.FindSubmissionAsync(submissionRow, ct) is { } earlier)
            {
                return (Replay(earlier, submissionId, plaintext), true);
            }
        }

        var sealedContent = SealedBox.Seal(plaintext, keys.OfficerPublicKey);
        for (var attempt = 0; attempt < MaxReceiptAttempts; attempt++)
        {
            var receipt = ReceiptCode.Generate();
            var complaint = NewComplaint(receipt, submission.Facts.Category, sealedContent);
            var retryRecord = submissionRow is null ? null : NewSubmission(submissionRow, receipt, submission.SubmissionId!, plaintext, complaint.Submitted);
            switch (await store.InsertAsync(complaint, retryRecord, ct))
            {
                case InsertOutcome.Inserted:
                    return (receipt, false);
                case InsertOutcome.SubmissionExists:
                    var earlier = await store.FindSubmissionAsync(submissionRow!, ct)
                        ?? throw new InvalidOperationException("Submission record vanished.");
                    return (Replay(earlier, submission.SubmissionId!, plaintext), true);
            }
        }
        throw new InvalidOperationException("Could not allocate a unique receipt.");
    }

    private ComplaintEntity NewComplaint(ReceiptCode receipt, string category, byte[] sealedContent)
    {
        var id = keys.Server.ReceiptIndex(receipt);
        var wrapped = ReportKeyWrap.CreateFor(receipt, id, keys.Server, options.ReceiptKdfMemoryKiB, options.ReceiptKdfPasses);
        var today = BangkokDate.Today(clock);
        return new ComplaintEntity
        {
            RowKey = ComplaintEntity.RowKeyFor(id),
            Category = category,
            Status = Model.ComplaintStatus.Received,
            Submitted = today,
            Updated = today,
            Content = sealedContent,
            ReportPublicKey = wrapped.PublicKey,
            ReportKeySalt = wrapped.Salt,
            ReportKeyNonce = wrapped.Nonce,
            ReportKeyCiphertext = wrapped.Ciphertext,
            ReportKeyMemoryKiB = wrapped.MemoryKiB,
            ReportKeyPasses = wrapped.Passes,
        };
    }

    // The complaint's own day, so the retry record never outlives it at purge (Retention.IsRetryRecordDue).
    private SubmissionEntity NewSubmission(string rowKey, ReceiptCode receipt, string submissionId, byte[] plaintext, string submitted)
    {
        var (nonce, ciphertext) = SubmissionReceiptWrap.Wrap(keys.Server.SubmissionWrapKey(submissionId, plaintext), receipt, rowKey);
        return new SubmissionEntity { RowKey = rowKey, ReceiptNonce = nonce, ReceiptCiphertext = ciphertext, Submitted = submitted };
    }

    private ReceiptCode Replay(SubmissionEntity earlier, string submissionId, byte[] plaintext) =>
        SubmissionReceiptWrap.Unwrap(keys.Server.SubmissionWrapKey(submissionId, plaintext), earlier.ReceiptNonce, earlier.ReceiptCiphertext, earlier.RowKey);
}
