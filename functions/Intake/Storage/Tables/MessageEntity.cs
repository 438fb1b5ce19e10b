using Azure;
using Azure.Data.Tables;

namespace IntegritySite.Intake.Storage.Tables;

/// <summary>A message row: RowKey = "m-" + complaint id + "-" + message key (no time in it); Sequence orders the thread.</summary>
internal sealed class MessageEntity : ITableEntity
{
    public const string RowPrefix = "m-";

    public string PartitionKey { get; set; } = IntakeTable.Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public long Sequence { get; set; }
    public string From { get; set; } = "";
    public string Sent { get; set; } = "";
    public byte[] ForOfficer { get; set; } = [];
    public byte[] ForReporter { get; set; } = [];
    public byte[] Signature { get; set; } = [];
    /// <summary>A follow-up's evidence files, sealed to the officers (absent without files).</summary>
    public byte[]? Attachments { get; set; }
    /// <summary>Their blob ids, separated by spaces (absent without files).</summary>
    public string? AttachmentIds { get; set; }

    public static string ThreadPrefix(string complaintId) => RowPrefix + complaintId + "-";

    public static string RowKeyFor(string complaintId, string key) => ThreadPrefix(complaintId) + key;

    /// <summary>The complaint id inside a message row key.</summary>
    public static string ComplaintIdOf(string rowKey) => rowKey[RowPrefix.Length..rowKey.IndexOf('-', RowPrefix.Length)];

    public static MessageEntity Create(string complaintId, long sequence, NewMessage m) => new()
    {
        RowKey = RowKeyFor(complaintId, m.Key),
        Sequence = sequence,
        From = m.From,
        Sent = m.Sent,
        ForOfficer = m.ForOfficer,
        ForReporter = m.ForReporter,
        Signature = m.Signature,
        Attachments = m.Files.BlobIds.Count == 0 ? null : m.Files.Sealed,
        AttachmentIds = m.Files.BlobIds.Count == 0 ? null : m.Files.JoinedIds,
    };

    public StoredMessage ToStored() => new(Sequence, new NewMessage(RowKey[(RowKey.LastIndexOf('-') + 1)..], From, Sent, ForOfficer, ForReporter, Signature,
        new StoredAttachments(Attachments ?? [], StoredAttachments.SplitIds(AttachmentIds))));
}
