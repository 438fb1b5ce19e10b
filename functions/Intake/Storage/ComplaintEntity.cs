using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace IntegritySite.Intake.Storage;

/// <summary>
/// One complaint as stored: ciphertext, the keyed receipt hash (RowKey), category, status and dates.
/// Nothing here identifies the reporter or can be read without the officer's private key or the receipt.
/// </summary>
public sealed class ComplaintEntity : ITableEntity
{
    public const string RowPrefix = "r-";

    public string PartitionKey { get; set; } = IntakeTable.Partition;
    /// <summary>"r-" + HMAC-SHA256(receipt) in hex.</summary>
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Category { get; set; } = "";
    public string Status { get; set; } = "";
    /// <summary>Bangkok calendar date, yyyy-MM-dd.</summary>
    public string Submitted { get; set; } = "";
    public string Updated { get; set; } = "";
    /// <summary>The complaint facts as a libsodium sealed box to the officer public key.</summary>
    public byte[] Content { get; set; } = [];
    public byte[] ReportPublicKey { get; set; } = [];
    public byte[] ReportKeySalt { get; set; } = [];
    public byte[] ReportKeyNonce { get; set; } = [];
    public byte[] ReportKeyCiphertext { get; set; } = [];
    public int ReportKeyMemoryKiB { get; set; }
    public int ReportKeyPasses { get; set; }

    [IgnoreDataMember]
    public string Id => RowKey[RowPrefix.Length..];

    public static string RowKeyFor(string id) => RowPrefix + id;
}
