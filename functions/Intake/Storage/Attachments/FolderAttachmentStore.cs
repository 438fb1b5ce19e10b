using System.Runtime.InteropServices;

namespace IntegritySite.Intake.Storage.Attachments;

/// <summary>
/// Encrypted blobs as files in a folder beside the SQLite database (0700, files 0600): a blob is written to
/// <c>id.part</c>, flushed to disk, then renamed to <c>id</c> (and the folder flushed), so a blob either exists whole
/// or not at all; a <c>.part</c> left by a crash is never read and is swept. Files, not SQLite blobs: a 10 MB file
/// streamed into a file keeps the database small and its one writer free while the upload arrives, and the database
/// backup stays quick (back up the folder with it).
/// </summary>
public sealed class FolderAttachmentStore(string folder) : IAttachmentStore
{
    private const string PartSuffix = ".part";

    public async Task WriteAsync(string id, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        Prepare();
        var final = PathOf(id);
        var part = final + PartSuffix;
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            await using (var stream = new FileStream(part, create))
            {
                await write(stream, ct);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }
            File.Move(part, final);
            FlushFolder();
        }
        catch
        {
            File.Delete(part);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string id, CancellationToken ct)
    {
        var path = PathOf(id);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous) : null;
        return Task.FromResult(stream);
    }

    public Task<int> DeleteAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            File.Delete(PathOf(id));
            File.Delete(PathOf(id) + PartSuffix);
        }
        if (ids.Count > 0 && Directory.Exists(folder))
        {
            FlushFolder();
        }
        return Task.FromResult(ids.Count);
    }

    public Task<IReadOnlyList<(string Id, DateTimeOffset Written)>> ListAsync(CancellationToken ct)
    {
        IReadOnlyList<(string, DateTimeOffset)> all = !Directory.Exists(folder)
            ? []
            : new DirectoryInfo(folder).EnumerateFiles()
                .Select(f => (Id: f.Name.EndsWith(PartSuffix, StringComparison.Ordinal) ? f.Name[..^PartSuffix.Length] : f.Name, Written: new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
                .Where(f => AttachmentIds.IsValid(f.Id))
                .Select(f => (f.Id, f.Written))
                .ToList();
        return Task.FromResult(all);
    }

    private string PathOf(string id) => AttachmentIds.IsValid(id)
        ? Path.Combine(folder, id)
        : throw new ArgumentException("Not an attachment id.", nameof(id));

    private void Prepare()
    {
        if (Directory.Exists(folder))
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>fsync of the folder, so the rename (or delete) itself survives a power cut.</summary>
    private void FlushFolder()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var fd = FolderSync.open(folder, FolderSync.ReadOnlyDirectory);
        if (fd < 0)
        {
            throw new IOException($"Could not open the attachment folder to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }
        try
        {
            if (FolderSync.fsync(fd) != 0)
            {
                throw new IOException($"Could not flush the attachment folder (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            FolderSync.close(fd);
        }
    }
}

/// <summary>open(2)/fsync(2) of a folder: .NET opens no directory handles, and a rename is durable only once its folder is flushed.</summary>
internal static partial class FolderSync
{
    public const int ReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY (Linux)

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int fsync(int fd);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int close(int fd);
}
