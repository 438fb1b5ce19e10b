using System.Security.Cryptography;
using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>What a reporter can do with a receipt: read status and the officer's (verified) replies, send a follow-up.</summary>
public sealed class ReporterDesk(IComplaintStore store, IntakeKeys keys, TimeProvider clock)
{
    /// <summary>Null when no report matches the receipt.</summary>
    public async Task<StatusView?> CheckAsync(StatusRequest request, CancellationToken ct)
    {
        var id = keys.Server.ReceiptIndex(request.Receipt);
        var complaint = await store.FindComplaintAsync(id, ct);
        if (complaint is null)
        {
            return null;
        }
        var updated = complaint.Updated;
        var stored = false;
        if (request.Message is { } message)
        {
            var today = BangkokDate.Today(clock);
            var key = keys.Server.FollowUpKey(id, today, message);
            var followUp = new NewMessage(key, NewMessage.FromReporter, today,
                ForOfficer: OfficerSeal.Seal(SealedEnvelope.ForMessage(id, key, message), keys.OfficerPublicKeys),
                ForReporter: [], Signature: []);
            if (await store.AddMessageAsync(id, followUp, today, ct) == MessageOutcome.NoSuchComplaint)
            {
                return null;
            }
            updated = today;
            stored = true;
        }
        var thread = await store.ListMessagesAsync(id, ct);
        var (replies, unverified) = OpenReplies(complaint, thread.Where(m => m.Message.From == NewMessage.FromOfficer).Select(m => m.Message).ToList(), request.Receipt);
        var followUps = thread.Where(m => m.Message.From == NewMessage.FromReporter).Select(m => BangkokDate.Parse(m.Message.Sent)).ToList();
        return new StatusView(complaint.Status, BangkokDate.Parse(complaint.Submitted), BangkokDate.Parse(updated), replies, unverified, followUps, stored);
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
