using System.Text;
using NSec.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// Ed25519 (libsodium, through NSec) signatures on officer replies. The officer signs on their own machine; the
/// intake stores a reply only with a valid signature and the reporter's status page shows one only if it verifies
/// again, so whoever can write the store (or the server itself) cannot put words in the officer's mouth. The signed
/// text names the report and the reply id, so a reply cannot be moved to another report or replayed under another id.
/// </summary>
public static class OfficerReplySignature
{
    public const int PublicKeyBytes = 32;
    public const int SignatureBytes = 64;

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    /// <summary>A new signing key pair: (32-byte private seed, 32-byte verify key).</summary>
    public static (byte[] PrivateKey, byte[] PublicKey) GenerateKeyPair()
    {
        using var key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return (key.Export(KeyBlobFormat.RawPrivateKey), key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    public static byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey)
    {
        using var key = Key.Import(Ed25519, privateKey, KeyBlobFormat.RawPrivateKey);
        return key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    public static byte[] Sign(ReadOnlySpan<byte> privateKey, string reportId, string replyId, string text)
    {
        using var key = Key.Import(Ed25519, privateKey, KeyBlobFormat.RawPrivateKey);
        return Ed25519.Sign(key, Payload(reportId, replyId, text));
    }

    /// <summary>True when one of <paramref name="verifyKeys"/> signed exactly this reply to this report.</summary>
    public static bool Verify(IEnumerable<byte[]> verifyKeys, string reportId, string replyId, string text, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != SignatureBytes)
        {
            return false;
        }
        var payload = Payload(reportId, replyId, text);
        foreach (var raw in verifyKeys)
        {
            if (PublicKey.TryImport(Ed25519, raw, KeyBlobFormat.RawPublicKey, out var publicKey) && Ed25519.Verify(publicKey!, payload, signature))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A reply id: 16 random bytes in lower-case hex, chosen by the officer's tool.</summary>
    public static string NewReplyId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public static bool IsReplyId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private static byte[] Payload(string reportId, string replyId, string text) =>
        Encoding.UTF8.GetBytes($"integritysite/officer-reply/v1\n{reportId}\n{replyId}\n{text}");
}
