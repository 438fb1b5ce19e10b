using System.Security.Cryptography;
using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>What a reporter can do with a receipt: read status and the officer's (verified) replies, send a follow-up.</summary>
public sealed class ReporterDesk(IComplaintStore store, IntakeKeys keys, TimeProvider clock, AttachmentReceiver attachments)
{
    /// <summary>Null when no report matches the receipt.</summary>
    public Task<StatusView?> CheckAsync(StatusRequest request, CancellationToken ct) => CheckAsync(request, [], ct);

    /// <summary>
    /// With evidence files added later (already encrypted into their blobs): they are linked by the follow-up's own row,
    /// written in the one transaction that appends it. Their blobs are deleted here when that row is not stored (no such
    /// report, store unavailable) or is a resend of one already stored (which links its own copies).
    /// </summary>
    public async Task<StatusView?> CheckAsync(StatusRequest request, IReadOnlyList<ReceivedAttachment> files, CancellationToken ct)
    {
        var linked = false;
        try
        {
            var (view, stored) = await CheckAndAddAsync(request, files, ct);
            linked = stored;
            return view;
        }
        catch (StoreOutcomeUnknownException)
        {
            // It may have landed: leave the blobs; the purge's sweep removes them if no row names them.
            linked = true;
            throw;
        }
        finally
        {
            if (!linked)
            {
                await attachments.DiscardAsync(files);
            }
        }
    }

    private async Task<(StatusView? View, bool FilesLinked)> CheckAndAddAsync(StatusRequest request, IReadOnlyList<ReceivedAttachment> files, CancellationToken ct)
    {
        var id = keys.Server.ReceiptIndex(request.Receipt);
        var complaint = await store.FindComplaintAsync(id, ct);
        if (complaint is null)
        {
            return (null, false);
        }
        var updated = complaint.Updated;
        var stored = false;
        var filesLinked = false;
        if (request.Message is not null || files.Count > 0)
        {
            var message = request.Message ?? "";
            var today = BangkokDate.Today(clock);
            // The files as sent are part of the key: the same text with other files is another follow-up.
            var key = keys.Server.FollowUpKey(id, today, files.Count == 0 ? message : message + "\n" + string.Join(",", files.Select(f => Convert.ToHexStringLower(f.Digest))));
            var linkedFiles = files.Count == 0
                ? null
                : new StoredAttachments(AttachmentManifest.Seal(id, files.Select(f => f.Entry).ToList(), keys.OfficerPublicKeys, key), files.Select(f => f.Entry.Blob).ToList());
            var followUp = new NewMessage(key, NewMessage.FromReporter, today,
                ForOfficer: OfficerSeal.Seal(SealedEnvelope.ForMessage(id, key, message), keys.OfficerPublicKeys),
                ForReporter: [], Signature: [], Attachments: linkedFiles);
            switch (await store.AddMessageAsync(id, followUp, today, ct))
            {
                case MessageOutcome.NoSuchComplaint:
                    return (null, false);
                case MessageOutcome.Stored:
                    filesLinked = true;
                    break;
            }
            updated = today;
            stored = true;
        }
        var thread = await store.ListMessagesAsync(id, ct);
        var (replies, unverified) = OpenReplies(complaint, thread.Where(m => m.Message.From == NewMessage.FromOfficer).Select(m => m.Message).ToList(), request.Receipt);
        var followUps = thread.Where(m => m.Message.From == NewMessage.FromReporter).Select(m => BangkokDate.Parse(m.Message.Sent)).ToList();
        return (new StatusView(complaint.Status, BangkokDate.Parse(complaint.Submitted), BangkokDate.Parse(updated), replies, unverified, followUps, stored,
            files.Select(f => f.Entry).ToList()), filesLinked);
    }

    /// <summary>Opens the replies with the receipt and keeps only those the officer signed for this report.</summary>
    private (List<ReplyView> Verified, int Unverified) OpenReplies(StoredComplaint complaint, List<NewMessage> officerMessages, ReceiptCode receipt)
    {
        if (officerMessages.Count == 0)
        {
            return ([], 0);
        }
        var privateKey = ReportKeyWrap.UnwrapPrivateKey(complaint.ReportKey, receipt, complaint.Id, keys.Server);
        try
        {
            var verified = new List<ReplyView>();
            foreach (var m in officerMessages)
            {
                var text = TryOpen(m.ForReporter, complaint.ReportKey.PublicKey, privateKey);
                if (text is not null && OfficerReplySignature.Verify(keys.OfficerVerifyKeys, complaint.Id, m.Key, text, m.Signature))
                {
                    verified.Add(new ReplyView(BangkokDate.Parse(m.Sent), text));
                }
            }
            return (verified, officerMessages.Count - verified.Count);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    private static string? TryOpen(byte[] sealedText, byte[] publicKey, byte[] privateKey)
    {
        try
        {
            return Encoding.UTF8.GetString(SealedBox.Open(sealedText, publicKey, privateKey));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
