using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace IntegritySite.Intake.Storage.Attachments;

/// <summary>
/// Encrypted blobs in Azure Blob Storage (Azurite's blob service locally), one block blob per file in a private
/// container. The blob is written as staged blocks and exists only once its block list is committed, at the end: an
/// upload cut off halfway leaves uncommitted blocks, which are not a blob, cannot be read, and which the service
/// discards by itself (after a week); a committed blob no complaint names is removed by the purge's sweep.
/// </summary>
public sealed class BlobAttachmentStore : IAttachmentStore
{
    private const int BlockBytes = 4 * 1024 * 1024;
    private readonly BlobContainerClient _container;
    private volatile bool _created;

    public BlobAttachmentStore(IntakeOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.Mode = RetryMode.Fixed;
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.NetworkTimeout = options.StoreNetworkTimeout + TimeSpan.FromSeconds(25);
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        clientOptions.Diagnostics.IsDistributedTracingEnabled = false;
        _container = new BlobContainerClient(options.BlobConnectionString, options.AttachmentContainer, clientOptions);
    }

    public async Task WriteAsync(string id, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        await EnsureContainerAsync(ct);
        var blob = _container.GetBlockBlobClient(Name(id));
        try
        {
            // Blocks are committed only when the stream is closed after a whole write; the precondition refuses to
            // replace an existing blob.
            await using var stream = await blob.OpenWriteAsync(overwrite: true, new BlockBlobOpenWriteOptions
            {
                BufferSize = BlockBytes,
                OpenConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, ct);
            await write(stream, ct);
        }
        catch (Exception e) when (e is RequestFailedException or IOException or OperationCanceledException or System.Security.Cryptography.CryptographicException)
        {
            await TryDeleteAsync(id);
            throw;
        }
    }

    public async Task<Stream?> OpenReadAsync(string id, CancellationToken ct)
    {
        try
        {
            return await _container.GetBlobClient(Name(id)).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<int> DeleteAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            try
            {
                await _container.GetBlobClient(Name(id)).DeleteIfExistsAsync(cancellationToken: ct);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }
        }
        return ids.Count;
    }

    public async Task<IReadOnlyList<(string Id, DateTimeOffset Written)>> ListAsync(CancellationToken ct)
    {
        var all = new List<(string, DateTimeOffset)>();
        try
        {
            await foreach (var item in _container.GetBlobsAsync(cancellationToken: ct))
            {
                if (AttachmentIds.IsValid(item.Name))
                {
                    all.Add((item.Name, item.Properties.LastModified ?? DateTimeOffset.MinValue));
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
        return all;
    }

    private async Task TryDeleteAsync(string id)
    {
        try
        {
            await _container.GetBlobClient(Name(id)).DeleteIfExistsAsync();
        }
        catch (RequestFailedException)
        {
            // Left for the sweep: a blob no complaint names is never read.
        }
    }

    private async Task EnsureContainerAsync(CancellationToken ct)
    {
        if (!_created)
        {
            await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct);
            _created = true;
        }
    }

    private static string Name(string id) => AttachmentIds.IsValid(id) ? id : throw new ArgumentException("Not an attachment id.", nameof(id));
}
