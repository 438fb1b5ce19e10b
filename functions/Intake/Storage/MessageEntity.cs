using Azure;
using Azure.Data.Tables;

namespace IntegritySite.Intake.Storage;

/// <summary>An officer reply or a reporter follow-up, sealed to whoever may read it.</summary>
public sealed class MessageEntity : ITableEntity
{
    public const string RowPrefix = "m-";
    public const string FromOfficer = "officer";
    public const string FromReporter = "reporter";

    public string PartitionKey { get; set; } = IntakeTable.Partition;
    /// <summary>"m-" + complaint id + "-" + sequence, so one range query returns a thread in order.</summary>
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string From { get; set; } = "";
    public string Sent { get; set; } = "";
    /// <summary>Sealed to the officer public key (reporter follow-ups, and a copy of officer replies).</summary>
    public byte[] ForOfficer { get; set; } = [];
    /// <summary>Sealed to the per-report public key (officer replies only); empty otherwise.</summary>
    public byte[] ForReporter { get; set; } = [];

    public static string ThreadPrefix(string complaintId) => RowPrefix + complaintId + "-";

    /// <summary>The complaint id inside a message row key ("m-" + id + "-" + sequence).</summary>
    public static string ComplaintIdOf(string rowKey) => rowKey[RowPrefix.Length..rowKey.IndexOf('-', RowPrefix.Length)];
}
