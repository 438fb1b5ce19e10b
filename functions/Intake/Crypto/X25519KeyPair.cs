namespace IntegritySite.Intake.Crypto;

/// <summary>A raw X25519 key pair in libsodium crypto_box format.</summary>
public sealed record X25519KeyPair(byte[] PublicKey, byte[] PrivateKey)
{
    public static X25519KeyPair Generate()
    {
        LibSodium.EnsureInitialised();
        var publicKey = new byte[LibSodium.PublicKeyBytes];
        var privateKey = new byte[LibSodium.SecretKeyBytes];
        if (LibSodium.crypto_box_keypair(publicKey, privateKey) != 0)
        {
            throw new System.Security.Cryptography.CryptographicException("Key generation failed.");
        }
        return new X25519KeyPair(publicKey, privateKey);
    }

    public static byte[] PublicKeyOf(ReadOnlySpan<byte> privateKey)
    {
        LibSodium.EnsureInitialised();
        // libsodium reads exactly 32 bytes: a shorter span (e.g. a truncated key file) would be read past its end.
        if (privateKey.Length != LibSodium.SecretKeyBytes)
        {
            throw new ArgumentException($"Expected a {LibSodium.SecretKeyBytes}-byte X25519 private key.", nameof(privateKey));
        }
        var publicKey = new byte[LibSodium.PublicKeyBytes];
        if (LibSodium.crypto_scalarmult_base(publicKey, privateKey) != 0)
        {
            throw new System.Security.Cryptography.CryptographicException("Invalid private key.");
        }
        return publicKey;
    }
}
