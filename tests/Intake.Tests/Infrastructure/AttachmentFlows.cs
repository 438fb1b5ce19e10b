using System.Net;
using System.Net.Http.Headers;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>Posting the Send form with files, and opening what was stored as the officer's tools do.</summary>
internal static class AttachmentFlows
{
    public static HttpRequestMessage FormWithFiles(Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            content.Add(part, FieldNames.Attachment, name);
        }
        return new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = content };
    }

    public static string NewSubmissionId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The only complaint stored, with its files opened with the officer key and decrypted.</summary>
    public static async Task<(StoredComplaint Complaint, List<(AttachmentEntry Entry, byte[] Content)> Files)> OpenOnlyComplaintAsync(this IntakeTestHost host)
    {
        var listed = Assert.Single(await host.Store.ListComplaintsAsync(default));
        var complaint = (await host.Store.FindComplaintAsync(listed.Id, default))!;
        var entries = AttachmentManifest.Open(complaint.Files.Sealed, complaint.Id, host.OfficerPublicKey, host.OfficerPrivateKey)
            ?? throw new InvalidOperationException("The list of files does not open for this report.");
        var files = new List<(AttachmentEntry, byte[])>();
        foreach (var entry in entries)
        {
            await using var blob = await host.Attachments!.OpenReadAsync(entry.Blob, default) ?? throw new InvalidOperationException("Blob missing.");
            using var plain = new MemoryStream();
            await FileStreamCipher.DecryptAsync(blob, plain, entry.Key, entry.Blob, default);
            files.Add((entry, plain.ToArray()));
        }
        return (complaint, files);
    }

    public static async Task<int> BlobCountAsync(this IntakeTestHost host) => (await host.Attachments!.ListAsync(default)).Count;

    /// <summary>Every byte of every blob, concatenated (to search for anything in clear).</summary>
    public static async Task<byte[]> AllBlobBytesAsync(this IntakeTestHost host)
    {
        using var all = new MemoryStream();
        foreach (var (id, _) in await host.Attachments!.ListAsync(default))
        {
            await using var blob = await host.Attachments.OpenReadAsync(id, default);
            if (blob is not null)
            {
                await blob.CopyToAsync(all);
            }
        }
        return all.ToArray();
    }

    public static void AssertCreated(HttpResponseMessage response, string body) =>
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
}
