using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Service;

/// <summary>Key material the app holds: the officer's public key and the server secret. Never a private key.</summary>
public sealed class IntakeKeys
{
    public IntakeKeys(IntakeOptions options)
    {
        OfficerPublicKey = DecodeBase64(options.OfficerPublicKey, nameof(options.OfficerPublicKey));
        if (OfficerPublicKey.Length != 32)
        {
            throw new InvalidOperationException($"Intake:{nameof(options.OfficerPublicKey)} must be a base64 X25519 public key (32 bytes).");
        }
        Server = new ServerKeys(DecodeBase64(options.ReceiptHashSecret, nameof(options.ReceiptHashSecret)));
        OfficerVerifyKeys = options.OfficerVerifyKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(key => DecodeBase64(key, nameof(options.OfficerVerifyKeys)))
            .ToList();
        if (OfficerVerifyKeys.Count == 0 || OfficerVerifyKeys.Any(key => key.Length != OfficerReplySignature.PublicKeyBytes))
        {
            throw new InvalidOperationException($"Intake:{nameof(options.OfficerVerifyKeys)} must list at least one base64 Ed25519 verify key (32 bytes), separated by commas.");
        }
        OfficerApiKeyHash = DecodeBase64(options.OfficerApiKeyHash, nameof(options.OfficerApiKeyHash));
        if (OfficerApiKeyHash.Length != 32)
        {
            throw new InvalidOperationException($"Intake:{nameof(options.OfficerApiKeyHash)} must be a base64 SHA-256 hash (32 bytes).");
        }
    }

    public byte[] OfficerPublicKey { get; }

    public ServerKeys Server { get; }

    /// <summary>Officer replies verify against one of these (Ed25519) or are neither stored nor shown.</summary>
    public IReadOnlyList<byte[]> OfficerVerifyKeys { get; }

    public byte[] OfficerApiKeyHash { get; }

    private static byte[] DecodeBase64(string value, string name)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Intake:{name} is not valid base64.");
        }
    }
}
