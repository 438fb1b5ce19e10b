using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Service;

/// <summary>Key material the app holds: the officers' public keys and the server secret. Never a private key.</summary>
public sealed class IntakeKeys
{
    public IntakeKeys(IntakeOptions options)
    {
        OfficerPublicKeys = KeyList(options.OfficerPublicKeys + "," + options.OfficerPublicKey, nameof(options.OfficerPublicKeys))
            .DistinctBy(Convert.ToBase64String)
            .ToList();
        if (OfficerPublicKeys.Count is 0 or > OfficerSeal.MaxRecipients || OfficerPublicKeys.Any(key => key.Length != 32))
        {
            throw new InvalidOperationException($"Intake:{nameof(options.OfficerPublicKeys)} must list 1 to {OfficerSeal.MaxRecipients} base64 X25519 public keys (32 bytes), separated by commas.");
        }
        Server = new ServerKeys(DecodeBase64(options.ReceiptHashSecret, nameof(options.ReceiptHashSecret)));
        OfficerVerifyKeys = KeyList(options.OfficerVerifyKeys, nameof(options.OfficerVerifyKeys)).ToList();
        if (OfficerVerifyKeys.Count == 0 || OfficerVerifyKeys.Any(key => key.Length != OfficerReplySignature.PublicKeyBytes))
        {
            throw new InvalidOperationException($"Intake:{nameof(options.OfficerVerifyKeys)} must list at least one base64 Ed25519 verify key (32 bytes), separated by commas.");
        }
        OfficerApiKeyHashes = KeyList(options.OfficerApiKeyHash, nameof(options.OfficerApiKeyHash)).ToList();
        if (OfficerApiKeyHashes.Count == 0 || OfficerApiKeyHashes.Any(hash => hash.Length != 32))
        {
            throw new InvalidOperationException($"Intake:{nameof(options.OfficerApiKeyHash)} must list base64 SHA-256 hashes (32 bytes), separated by commas.");
        }
    }

    /// <summary>Every report and message is sealed to each of these officers.</summary>
    public IReadOnlyList<byte[]> OfficerPublicKeys { get; }

    public bool IsOfficerPublicKey(ReadOnlySpan<byte> key)
    {
        foreach (var officer in OfficerPublicKeys)
        {
            if (key.SequenceEqual(officer))
            {
                return true;
            }
        }
        return false;
    }

    public ServerKeys Server { get; }

    /// <summary>Officer replies verify against one of these (Ed25519) or are neither stored nor shown.</summary>
    public IReadOnlyList<byte[]> OfficerVerifyKeys { get; }

    /// <summary>One per officer API key.</summary>
    public IReadOnlyList<byte[]> OfficerApiKeyHashes { get; }

    private static IEnumerable<byte[]> KeyList(string value, string name) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(key => DecodeBase64(key, name));

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
