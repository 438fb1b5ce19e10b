using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Storage;

/// <summary>
/// One complaint as stored: its id (the keyed receipt hash), category and status in clear (ITA statistics), Bangkok
/// days, the content sealed to the officers, and the per-report key wrapped under the receipt.
/// <see cref="Version"/> changes with every write (an ETag, or a row version); empty before the first.
/// </summary>
public sealed record StoredComplaint(
    string Id,
    string Category,
    string Status,
    string Submitted,
    string Updated,
    byte[] Content,
    WrappedReportKey ReportKey,
    string Version = "",
    StoredAttachments? Attachments = null)
{
    /// <summary>The complaint's evidence files (none for most).</summary>
    public StoredAttachments Files => Attachments ?? StoredAttachments.None;
}

/// <summary>
/// A complaint's evidence files: the list sealed to the officers (file keys, names, kinds, what was removed) and, in
/// clear, the ids of the encrypted blobs it links (the purge deletes them with the complaint; nothing else about them
/// is in clear). Both are part of the complaint's own row, written in its one insert: a blob no row names belongs to
/// no complaint.
/// </summary>
public sealed record StoredAttachments(byte[] Sealed, IReadOnlyList<string> BlobIds)
{
    public static readonly StoredAttachments None = new([], []);

    public string JoinedIds => string.Join(' ', BlobIds);

    public static IReadOnlyList<string> SplitIds(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A complaint without its content.</summary>
public sealed record ComplaintListing(string Id, string Category, string Status, string Submitted, string Updated, string Version, IReadOnlyList<string>? AttachmentIds = null)
{
    /// <summary>The ids of the encrypted blobs this complaint links.</summary>
    public IReadOnlyList<string> BlobIds => AttachmentIds ?? [];
}
