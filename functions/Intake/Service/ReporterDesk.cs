using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

/// <summary>What a reporter can do with a receipt: read status and replies, send a follow-up.</summary>
public sealed class ReporterDesk(ComplaintStore store, IntakeKeys keys, TimeProvider clock)
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
        var stored = false;
        if (request.Message is { } message)
        {
            var today = BangkokDate.Today(clock);
            var followUp = new MessageEntity
            {
                RowKey = MessageSequence.NewRowKey(id, clock),
                From = MessageEntity.FromReporter,
                Sent = today,
                ForOfficer = SealedBox.Seal(Encoding.UTF8.GetBytes(message), keys.OfficerPublicKey),
            };
            if (!await store.AddMessageAsync(followUp, id, today, ct))
            {
                return null;
            }
            complaint.Updated = today;
            stored = true;
        }
        var thread = await store.ListMessagesAsync(id, ct);
        var replies = OpenReplies(complaint, thread.Where(m => m.From == MessageEntity.FromOfficer).ToList(), request.Receipt);
        var followUps = thread.Where(m => m.From == MessageEntity.FromReporter).Select(m => BangkokDate.Parse(m.Sent)).ToList();
        return new StatusView(complaint.Status, BangkokDate.Parse(complaint.Submitted), BangkokDate.Parse(complaint.Updated), replies, followUps, stored);
    }

    private List<ReplyView> OpenReplies(ComplaintEntity complaint, List<MessageEntity> officerMessages, ReceiptCode receipt)
    {
        if (officerMessages.Count == 0)
        {
            return [];
        }
        var wrapped = new WrappedReportKey(complaint.ReportPublicKey, complaint.ReportKeySalt, complaint.ReportKeyNonce,
            complaint.ReportKeyCiphertext, complaint.ReportKeyMemoryKiB, complaint.ReportKeyPasses);
        var privateKey = ReportKeyWrap.UnwrapPrivateKey(wrapped, receipt, complaint.Id, keys.Server);
        try
        {
            return officerMessages
                .Select(m => new ReplyView(BangkokDate.Parse(m.Sent), Encoding.UTF8.GetString(SealedBox.Open(m.ForReporter, complaint.ReportPublicKey, privateKey))))
                .ToList();
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(privateKey);
        }
    }
}
