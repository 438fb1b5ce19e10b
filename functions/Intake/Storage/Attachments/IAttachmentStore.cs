namespace IntegritySite.Intake.Storage.Attachments;

/// <summary>
/// Where the encrypted evidence files live: Azure Blob Storage beside the Table engine (<see cref="BlobAttachmentStore"/>),
/// a private folder beside the SQLite file (<see cref="FolderAttachmentStore"/>). A blob holds only ciphertext
/// (<see cref="Crypto.FileStreamCipher"/>); its key and the file's name are in the complaint's sealed list. A blob
/// belongs to a complaint only once that complaint's row names it: blobs are written first, the row last.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Writes a new blob through <paramref name="write"/>; returns once it is durable. When <paramref name="write"/> or
    /// the store fails, nothing readable is left under <paramref name="id"/> (a partial write is removed, or swept).
    /// </summary>
    Task WriteAsync(string id, Func<Stream, CancellationToken, Task> write, CancellationToken ct);

    /// <summary>The blob's ciphertext, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string id, CancellationToken ct);

    /// <summary>Deletes blobs; one already gone counts as deleted. How many were deleted.</summary>
    Task<int> DeleteAsync(IReadOnlyList<string> ids, CancellationToken ct);

    /// <summary>Every blob (finished or not) with the time it was last written: the sweep deletes the old ones no complaint names.</summary>
    Task<IReadOnlyList<(string Id, DateTimeOffset Written)>> ListAsync(CancellationToken ct);
}
