using System.Security.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>Anonymous public-key encryption (libsodium sealed box: ephemeral X25519 + XSalsa20-Poly1305).</summary>
public static class SealedBox
{
    /// <summary>Bytes a sealed box adds to its plaintext (crypto_box_SEALBYTES: ephemeral public key + tag).</summary>
    public const int Overhead = LibSodium.SealBytes;

    public static byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> recipientPublicKey)
    {
        LibSodium.EnsureInitialised();
        RequireLength(recipientPublicKey, LibSodium.PublicKeyBytes, nameof(recipientPublicKey));
        var ciphertext = new byte[plaintext.Length + LibSodium.SealBytes];
        if (LibSodium.crypto_box_seal(ciphertext, plaintext, (ulong)plaintext.Length, recipientPublicKey) != 0)
        {
            throw new CryptographicException("Sealing failed.");
        }
        return ciphertext;
    }

    /// <summary>Opens a sealed box; only the holder of the recipient's private key can do this.</summary>
    public static byte[] Open(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> recipientPrivateKey)
    {
        LibSodium.EnsureInitialised();
        RequireLength(recipientPublicKey, LibSodium.PublicKeyBytes, nameof(recipientPublicKey));
        RequireLength(recipientPrivateKey, LibSodium.SecretKeyBytes, nameof(recipientPrivateKey));
        if (ciphertext.Length < LibSodium.SealBytes)
        {
            throw new CryptographicException("Ciphertext too short.");
        }
        var plaintext = new byte[ciphertext.Length - LibSodium.SealBytes];
        if (LibSodium.crypto_box_seal_open(plaintext, ciphertext, (ulong)ciphertext.Length, recipientPublicKey, recipientPrivateKey) != 0)
        {
            throw new CryptographicException("Sealed box could not be opened with this key.");
        }
        return plaintext;
    }

    private static void RequireLength(ReadOnlySpan<byte> key, int length, string name)
    {
        if (key.Length != length)
        {
            throw new ArgumentException($"Expected {length} bytes.", name);
        }
    }
}
