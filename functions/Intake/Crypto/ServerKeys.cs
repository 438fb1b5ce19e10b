using System.Security.Cryptography;
using System.Text;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// Purpose-separated keys derived (HKDF-SHA256) from the receipt-hash secret, which lives in app
/// configuration and never in the table.
/// </summary>
public sealed class ServerKeys
{
    private readonly byte[] _receiptIndexKey;
    private readonly byte[] _submissionIndexKey;
    private readonly byte[] _submissionWrapKey;
    private readonly byte[] _reportWrapKey;
    private readonly byte[] _followUpKey;

    public ServerKeys(byte[] masterSecret)
    {
        if (masterSecret.Length < 32)
        {
            throw new ArgumentException("The receipt-hash secret must be at least 32 bytes.", nameof(masterSecret));
        }
        _receiptIndexKey = Derive(masterSecret, "integritysite/receipt-index/v1");
        _submissionIndexKey = Derive(masterSecret, "integritysite/submission-index/v1");
        _submissionWrapKey = Derive(masterSecret, "integritysite/submission-wrap/v1");
        _reportWrapKey = Derive(masterSecret, "integritysite/report-wrap/v1");
        _followUpKey = Derive(masterSecret, "integritysite/follow-up-key/v1");
    }

    /// <summary>Keyed hash of a receipt: the only form in which a receipt is stored.</summary>
    public string ReceiptIndex(ReceiptCode receipt) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_receiptIndexKey, Encoding.ASCII.GetBytes(receipt.Value)));

    /// <summary>Keyed hash of (submission id, exact content): a retry of the same submission maps to the same row.</summary>
    public string SubmissionIndex(string submissionId, ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_submissionIndexKey, Bind(submissionId, content)));

    /// <summary>Key that wraps the receipt for replaying it to a retry; needs the submission id, the content and the server secret.</summary>
    public byte[] SubmissionWrapKey(string submissionId, ReadOnlySpan<byte> content) =>
        HMACSHA256.HashData(_submissionWrapKey, Bind(submissionId, content));

    /// <summary>
    /// Key of a reporter follow-up in its thread: the same text sent again on the same day (a resent form) is the same
    /// message. Keyed, so the stored key says nothing about the text.
    /// </summary>
    public string FollowUpKey(string reportId, string day, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_followUpKey, Bind(reportId + "\n" + day, Encoding.UTF8.GetBytes(text))), 0, 16);

    /// <summary>
    /// Key wrapping a per-report private key: needs the receipt (or its Argon2id stretch) and the server secret,
    /// so neither a table dump alone nor the secret alone opens it.
    /// </summary>
    public byte[] ReportWrapKey(ReadOnlySpan<byte> receiptMaterial, ReadOnlySpan<byte> salt)
    {
        var input = new byte[salt.Length + receiptMaterial.Length];
        salt.CopyTo(input);
        receiptMaterial.CopyTo(input.AsSpan(salt.Length));
        try
        {
            return HMACSHA256.HashData(_reportWrapKey, input);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(input);
        }
    }

    private static byte[] Derive(byte[] secret, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: null, info: Encoding.ASCII.GetBytes(purpose));

    private static byte[] Bind(string submissionId, ReadOnlySpan<byte> content)
    {
        var id = Encoding.UTF8.GetBytes(submissionId);
        var buffer = new byte[4 + id.Length + content.Length];
        BitConverter.TryWriteBytes(buffer.AsSpan(0, 4), id.Length);
        id.CopyTo(buffer.AsSpan(4));
        content.CopyTo(buffer.AsSpan(4 + id.Length));
        return buffer;
    }
}
