using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Storage.Tables;

/// <summary>A complaint row (or a write fence, see <see cref="FenceStatus"/>). RowKey = "r-" + id.</summary>
internal sealed class ComplaintEntity : ITableEntity
{
    public const string RowPrefix = "r-";

    /// <summary>
    /// Status of a fence: a row written at a complaint's key after a write whose outcome was unknown, so that a copy
    /// of that write still in flight finds the key taken and cannot land. Never listed, counted or found.
    /// </summary>
    public const string FenceStatus = "fence";

    public string PartitionKey { get; set; } = IntakeTable.Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Category { get; set; } = "";
    public string Status { get; set; } = "";
    public string Submitted { get; set; } = "";
    public string Updated { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public byte[] ReportPublicKey { get; set; } = [];
    public byte[] ReportKeySalt { get; set; } = [];
    public byte[] ReportKeyNonce { get; set; } = [];
    public byte[] ReportKeyCiphertext { get; set; } = [];
    public int ReportKeyMemoryKiB { get; set; }
    public int ReportKeyPasses { get; set; }
    /// <summary>Messages in the thread; the next one gets this + 1. Updated with the message in one transaction.</summary>
    public long MessageCount { get; set; }
    /// <summary>The evidence files' list sealed to the officers (absent without files: a row without files is as before).</summary>
    public byte[]? Attachments { get; set; }
    /// <summary>The ids of the encrypted blobs, separated by spaces (absent without files).</summary>
    public string? AttachmentIds { get; set; }

    [IgnoreDataMember]
    public string Id => RowKey[RowPrefix.Length..];

    [IgnoreDataMember]
    public bool IsFence => Status == FenceStatus;

    public static string RowKeyFor(string id) => RowPrefix + id;

    public static ComplaintEntity From(StoredComplaint c) => new()
    {
        RowKey = RowKeyFor(c.Id),
        Category = c.Category,
        Status = c.Status,
        Submitted = c.Submitted,
        Updated = c.Updated,
        Content = c.Content,
        ReportPublicKey = c.ReportKey.PublicKey,
        ReportKeySalt = c.ReportKey.Salt,
        ReportKeyNonce = c.ReportKey.Nonce,
        ReportKeyCiphertext = c.ReportKey.Ciphertext,
        ReportKeyMemoryKiB = c.ReportKey.MemoryKiB,
        ReportKeyPasses = c.ReportKey.Passes,
        Attachments = c.Files.BlobIds.Count == 0 ? null : c.Files.Sealed,
        AttachmentIds = c.Files.BlobIds.Count == 0 ? null : c.Files.JoinedIds,
    };

    public static ComplaintEntity Fence(string id, string day) => new() { RowKey = RowKeyFor(id), Status = FenceStatus, Submitted = day, Updated = day };

    public StoredComplaint ToStored() => new(Id, Category, Status, Submitted, Updated, Content,
        new WrappedReportKey(ReportPublicKey, ReportKeySalt, ReportKeyNonce, ReportKeyCiphertext, ReportKeyMemoryKiB, ReportKeyPasses), ETag.ToString(),
        new StoredAttachments(Attachments ?? [], StoredAttachments.SplitIds(AttachmentIds)));

    public ComplaintListing ToListing() => new(Id, Category, Status, Submitted, Updated, ETag.ToString(), StoredAttachments.SplitIds(AttachmentIds));
}
