using System.Security.Cryptography;
using IntegritySite.Intake.Crypto;
using IntegritySite.Officer.Api;

namespace IntegritySite.Officer.Reading;

/// <summary>
/// Fetches one evidence file's ciphertext and decrypts it on the officer's machine (secretstream, chunk by chunk), with
/// the key from the report's sealed list. Into memory only: the desk serves it from there, the CLI writes it where
/// the officer asked. A file altered, cut short or moved from another blob throws and yields nothing.
/// </summary>
internal static class AttachmentReader
{
    /// <summary>The file's decrypted bytes; the caller zeroes them when done.</summary>
    public static async Task<byte[]> ReadAsync(IntakeApiClient api, string reportId, AttachmentEntry entry)
    {
        await using var ciphertext = await api.GetAttachmentAsync(reportId, entry.Blob);
        using var plain = new MemoryStream();
        try
        {
            await FileStreamCipher.DecryptAsync(ciphertext, plain, entry.Key, entry.Blob, CancellationToken.None);
            return plain.ToArray();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain.GetBuffer());
        }
    }

    /// <summary>The file's position on the report (1-based), as the CLI and the desk name it.</summary>
    public static AttachmentEntry At(OpenedReport report, int position) =>
        position >= 1 && position <= report.AllFiles.Count
            ? report.AllFiles[position - 1].Entry
            : throw new ArgumentException(report.AllFiles.Count == 0
                ? "รายงานนี้ไม่มีไฟล์แนบ / This report has no files."
                : $"มีไฟล์ที่ 1–{report.AllFiles.Count} / This report has files 1 to {report.AllFiles.Count}.");
}
