using Azure;
using Azure.Data.Tables;

namespace IntegritySite.Intake.Storage.Tables;

/// <summary>A retry record row: RowKey = "s-" + its key.</summary>
internal sealed class RetryRecordEntity : ITableEntity
{
    public const string RowPrefix = "s-";

    public string PartitionKey { get; set; } = IntakeTable.Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public byte[] ReceiptNonce { get; set; } = [];
    public byte[] ReceiptCiphertext { get; set; } = [];
    public string Submitted { get; set; } = "";

    public static string RowKeyFor(string key) => RowPrefix + key;

    public static RetryRecordEntity From(RetryRecord r) => new() { RowKey = RowKeyFor(r.Key), ReceiptNonce = r.ReceiptNonce, ReceiptCiphertext = r.ReceiptCiphertext, Submitted = r.Submitted };

    public RetryRecord ToStored() => new(RowKey[RowPrefix.Length..], ReceiptNonce, ReceiptCiphertext, Submitted);
}
