using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>
/// One row of the officer's list; <see cref="AnswerDue"/> is the decree's 15th day, <see cref="Overdue"/> when it has
/// passed with the complaint still open. <see cref="FactsNoticeDue"/> is the 7th working day, by which a report lacking
/// facts must be answered with what is missing (an estimate while a holiday list is missing or unchecked).
/// </summary>
public sealed record ComplaintSummary(string Id, string Category, string Status, string Submitted, string Updated, string AnswerDue, bool Overdue,
    string FactsNoticeDue, bool FactsNoticeEstimated);

/// <summary>A message as the officer API returns it: sealed to the officer key, with the key it is bound to.</summary>
/// <param name="SealedAttachments">Files the reporter added with this follow-up, their list sealed to the officers (empty: none).</param>
public sealed record ThreadMessage(string Key, string From, string Sent, string SealedForOfficer, string SealedAttachments = "");

/// <summary>What the officer API returns: ciphertext only; decryption happens on the officer's machine.</summary>
/// <param name="SealedAttachments">The list of evidence files sealed to the officers (empty without files): their blob ids, keys, names.</param>
public sealed record ComplaintCiphertext(string Id, string Category, string Status, string Submitted, string Updated, string SealedContent, IReadOnlyList<ThreadMessage> Messages,
    string FactsNoticeDue, bool FactsNoticeEstimated, string SealedAttachments = "");

public enum ReplyOutcome
{
    Stored,
    NoSuchComplaint,
    BadSignature,
}

public enum ResealOutcome
{
    Stored,
    NoSuchItem,
    NotOnlyAddingOfficers,
    NotAnOfficerKey,
    Changed,
}

/// <summary>Officer operations. Replies arrive signed by the officer; they are sealed to the per-report key (for the reporter) and to the officer key (for the record).</summary>
public sealed class OfficerDesk(IComplaintStore store, IntakeKeys keys, TimeProvider clock, WorkingDays workingDays, Storage.Attachments.AttachmentStoreHolder attachments)
{
    public async Task<IReadOnlyList<ComplaintSummary>> ListAsync(CancellationToken ct)
    {
        var today = BangkokDate.TodayDate(clock);
        return (await store.ListComplaintsAsync(ct))
            .OrderByDescending(c => c.Submitted, StringComparer.Ordinal)
            .Select(c =>
            {
                var submitted = BangkokDate.Parse(c.Submitted);
                var (notice, estimated) = AnswerDeadline.FactsNoticeDueFor(submitted, workingDays);
                return new ComplaintSummary(c.Id, c.Category, c.Status, c.Submitted, c.Updated,
                    BangkokDate.Format(AnswerDeadline.DueFor(submitted)), AnswerDeadline.IsOverdue(submitted, c.Status, today),
                    BangkokDate.Format(notice), estimated);
            })
            .ToList();
    }

    public async Task<ComplaintStatistics> StatisticsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        ComplaintStatistics.Count(await store.ListForCountingAsync(from, to, ct), from, to, BangkokDate.TodayDate(clock));

    public async Task<ComplaintCiphertext?> GetAsync(string id, CancellationToken ct)
    {
        if (!IsWellFormedId(id) || await store.FindComplaintAsync(id, ct) is not { } complaint)
        {
            return null;
        }
        var thread = await store.ListMessagesAsync(id, ct);
        var (notice, estimated) = AnswerDeadline.FactsNoticeDueFor(BangkokDate.Parse(complaint.Submitted), workingDays);
        return new ComplaintCiphertext(complaint.Id, complaint.Category, complaint.Status, complaint.Submitted, complaint.Updated,
            Convert.ToBase64String(complaint.Content),
            thread.Select(m => new ThreadMessage(m.Message.Key, m.Message.From, m.Message.Sent, Convert.ToBase64String(m.Message.ForOfficer), Convert.ToBase64String(m.Message.Files.Sealed))).ToList(),
            BangkokDate.Format(notice), estimated, Convert.ToBase64String(complaint.Files.Sealed));
    }

    /// <summary>
    /// The ciphertext of one of a complaint's files, only when that complaint's row links it (a blob no complaint names
    /// is never served). Null when the complaint, the link or the blob is missing. Decrypted only on the officer's machine.
    /// </summary>
    public async Task<Stream?> OpenAttachmentAsync(string id, string blobId, CancellationToken ct)
    {
        if (!IsWellFormedId(id) || !Storage.Attachments.AttachmentIds.IsValid(blobId) || attachments.Store is not { } files
            || await store.FindComplaintAsync(id, ct) is not { } complaint)
        {
            return null;
        }
        if (!complaint.Files.BlobIds.Contains(blobId) && !(await store.ListMessagesAsync(id, ct)).Any(m => m.Message.Files.BlobIds.Contains(blobId)))
        {
            return null;
        }
        return await files.OpenReadAsync(blobId, ct);
    }

    public Task<bool> SetStatusAsync(string id, string status, CancellationToken ct) =>
        IsWellFormedId(id) ? store.UpdateStatusAsync(id, status, BangkokDate.Today(clock), ct) : Task.FromResult(false);

    /// <summary>Stores a reply the officer signed for this report; the same reply id sent again is stored once.</summary>
    public async Task<ReplyOutcome> ReplyAsync(string id, string replyId, string message, byte[] signature, CancellationToken ct)
    {
        if (!IsWellFormedId(id))
        {
            return ReplyOutcome.NoSuchComplaint;
        }
        if (!OfficerReplySignature.Verify(keys.OfficerVerifyKeys, id, replyId, message, signature))
        {
            return ReplyOutcome.BadSignature;
        }
        if (await store.FindComplaintAsync(id, ct) is not { } complaint)
        {
            return ReplyOutcome.NoSuchComplaint;
        }
        var today = BangkokDate.Today(clock);
        var reply = new NewMessage(replyId, NewMessage.FromOfficer, today,
            ForOfficer: OfficerSeal.Seal(SealedEnvelope.ForMessage(id, replyId, message), keys.OfficerPublicKeys),
            ForReporter: SealedBox.Seal(Encoding.UTF8.GetBytes(message), complaint.ReportKey.PublicKey),
            Signature: signature);
        return await store.AddMessageAsync(id, reply, today, ct) == MessageOutcome.NoSuchComplaint ? ReplyOutcome.NoSuchComplaint : ReplyOutcome.Stored;
    }

    /// <summary>
    /// Stores an item re-sealed by an officer for one more officer (officer rewrap). Accepted only when it keeps the
    /// ciphertext and every earlier officer byte for byte and adds configured officer keys only: nobody holding the API
    /// key can use this to change a report or to give it to a key the municipality did not configure.
    /// </summary>
    public async Task<ResealOutcome> ResealAsync(string id, string item, byte[] replacement, CancellationToken ct)
    {
        if (!IsWellFormedId(id) || await store.FindComplaintAsync(id, ct) is not { } complaint)
        {
            return ResealOutcome.NoSuchItem;
        }
        // Items: "content", a message key, "attachments" (the report's list of files) or "attachments:" + a message key.
        var files = item == AttachmentManifest.EnvelopeKey || item.StartsWith(AttachmentManifest.EnvelopeKey + ":", StringComparison.Ordinal);
        var messageKey = files
            ? (item == AttachmentManifest.EnvelopeKey ? null : item[(AttachmentManifest.EnvelopeKey.Length + 1)..])
            : (item == ContentItem ? null : item);
        var message = messageKey is null ? null : (await store.ListMessagesAsync(id, ct)).FirstOrDefault(m => m.Message.Key == messageKey)?.Message;
        var current = (files, messageKey) switch
        {
            (false, null) => complaint.Content,
            (false, _) => message?.ForOfficer,
            (true, null) => complaint.Files.Sealed,
            (true, _) => message?.Files.Sealed,
        };
        if (current is not { Length: > 0 })
        {
            return ResealOutcome.NoSuchItem;
        }
        if (!OfficerSeal.OnlyAddsRecipients(current, replacement, out var added))
        {
            return ResealOutcome.NotOnlyAddingOfficers;
        }
        if (added.Any(key => !keys.IsOfficerPublicKey(key)))
        {
            return ResealOutcome.NotAnOfficerKey;
        }
        return await store.ResealAsync(id, messageKey, current, replacement, ct, files ? SealedPart.Files : SealedPart.Text) ? ResealOutcome.Stored : ResealOutcome.Changed;
    }

    /// <summary>The rewrap item name of a complaint's own content (every other item is a message key).</summary>
    public const string ContentItem = "content";

    private static bool IsWellFormedId(string id) => id.Length == 64 && id.All(char.IsAsciiHexDigitLower);
}
