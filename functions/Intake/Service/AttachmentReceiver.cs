using System.Security.Cryptography;
using IntegritySite.Intake.Attachments;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Storage.Attachments;

namespace IntegritySite.Intake.Service;

/// <summary>A file received, cleaned and encrypted into its own blob, not yet linked to any complaint.</summary>
/// <param name="Digest">SHA-256 of the bytes as sent: part of the retry identity, so a resend of the same files stores once.</param>
/// <param name="SentBytes">Its size as sent (the limits count these).</param>
public sealed record ReceivedAttachment(int Position, AttachmentEntry Entry, byte[] Digest, long SentBytes);

/// <summary>A file refused (not an accepted kind, too large, cannot be cleaned), with its position on the form.</summary>
public sealed class AttachmentRefusedException(int position, BilingualText reason) : Exception(reason.En)
{
    public int Position { get; } = position;
    public BilingualText Reason { get; } = reason;
}

/// <summary>
/// Takes one file part of a form: reads it (at most the per-file limit, in memory: the cleaners need the whole file),
/// judges it by content, removes its metadata, then encrypts the cleaned file in chunks under a fresh key into a new
/// blob. The bytes as sent and the cleaned bytes are zeroed as soon as they are no longer needed, and nothing
/// unencrypted reaches a disk. Only one file is held at a time, so memory stays bounded by one file, not the upload.
/// </summary>
public sealed class AttachmentReceiver(IAttachmentStore? store, IntakeOptions options)
{
    public bool Enabled => store is not null && options.MaxAttachments > 0;

    public IntakeOptions Options => options;

    public async Task<ReceivedAttachment> ReceiveAsync(int position, string? fileName, Stream content, CancellationToken ct)
    {
        var attachments = store ?? throw new InvalidOperationException("This intake takes no files.");
        var raw = await ReadLimitedAsync(content, options.MaxAttachmentBytes, ct)
            ?? throw new AttachmentRefusedException(position, new(
                $"ไฟล์ใหญ่เกิน {AttachmentLimits.Megabytes(options.MaxAttachmentBytes)}", $"The file is larger than {AttachmentLimits.Megabytes(options.MaxAttachmentBytes)}."));
        var sentBytes = raw.LongLength;
        CleanedFile cleaned;
        byte[] digest;
        try
        {
            digest = SHA256.HashData(raw);
            cleaned = MetadataCleaner.Clean(raw);
        }
        catch (FileRefusedException e)
        {
            throw new AttachmentRefusedException(position, e.Reason);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(raw);
        }
        var id = AttachmentIds.New();
        var key = FileStreamCipher.NewKey();
        try
        {
            await attachments.WriteAsync(id, (output, token) => FileStreamCipher.EncryptAsync(new MemoryStream(cleaned.Content, writable: false), output, key, id, token), ct);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(cleaned.Content);
        }
        var entry = new AttachmentEntry(id, key, SafeName(fileName, position, cleaned.Kind), cleaned.Kind, cleaned.MediaType, cleaned.Content.LongLength, cleaned.Removed);
        return new ReceivedAttachment(position, entry, digest, sentBytes);
    }

    /// <summary>Deletes blobs of files that will not be linked (the submission failed); what cannot be deleted now is swept later.</summary>
    public async Task DiscardAsync(IEnumerable<ReceivedAttachment> received)
    {
        var ids = received.Select(r => r.Entry.Blob).ToList();
        if (store is null || ids.Count == 0)
        {
            return;
        }
        try
        {
            await store.DeleteAsync(ids, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or Azure.RequestFailedException or UnauthorizedAccessException)
        {
            // Never linked, so never readable as part of a complaint; the purge's sweep removes them.
        }
    }

    /// <summary>The reporter's file name without any folder, at most 200 characters; "file-2.jpeg" when none was sent.</summary>
    private static string SafeName(string? name, int position, string kind)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/')).Trim();
        bare = new string(bare.Where(c => !char.IsControl(c)).ToArray());
        return bare.Length == 0 ? $"file-{position}.{kind}" : bare.Length > 200 ? bare[..200] : bare;
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var read = await content.ReadAsync(chunk, ct);
            if (read == 0)
            {
                break;
            }
            if (buffer.Length + read > limit)
            {
                CryptographicOperations.ZeroMemory(buffer.GetBuffer());
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        CryptographicOperations.ZeroMemory(buffer.GetBuffer());
        return bytes;
    }
}
