using Azure;
using Azure.Data.Tables;

namespace IntegritySite.Intake.Storage;

/// <summary>Retry record: a keyed hash of (submission id, content) and the receipt encrypted under a key derived from them.</summary>
public sealed class SubmissionEntity : ITableEntity
{
    public const string RowPrefix = "s-";

    public string PartitionKey { get; set; } = IntakeTable.Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public byte[] ReceiptNonce { get; set; } = [];
    public byte[] ReceiptCiphertext { get; set; } = [];
    public string Submitted { get; set; } = "";
}
