namespace IntegritySite.Intake.Storage.Attachments;

public static class AttachmentStores
{
    /// <summary>
    /// The store beside the complaint engine: a folder next to the SQLite file (or <see cref="IntakeOptions.AttachmentFolder"/>),
    /// or the blob container for the Table engine. Null when the Table engine has no blob connection: the intake then
    /// takes no files (its pages say so).
    /// </summary>
    public static IAttachmentStore? Create(IntakeOptions options) => options.Store switch
    {
        _ when options.MaxAttachments <= 0 => null,
        StoreEngine.Sqlite => new FolderAttachmentStore(options.AttachmentFolder is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.SqlitePath))!, "attachments")),
        _ when string.IsNullOrWhiteSpace(options.BlobConnectionString) => null,
        _ => new BlobAttachmentStore(options),
    };
}

/// <summary>The attachment store as registered (its store is null when the intake takes no files).</summary>
public sealed record AttachmentStoreHolder(IAttachmentStore? Store);
