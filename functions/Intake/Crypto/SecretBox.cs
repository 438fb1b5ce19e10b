using System.Security.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// libsodium XChaCha20-Poly1305 (IETF) with a random 24-byte nonce. Called directly rather than through
/// NSec's Key objects, whose guarded key memory costs two system calls per use on this hot path.
/// </summary>
internal static class SecretBox
{
    public const int NonceBytes = LibSodium.XChaChaNonceBytes;

    public static (byte[] Nonce, byte[] Ciphertext) Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        LibSodium.EnsureInitialised();
        RequireKey(key);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var ciphertext = new byte[plaintext.Length + LibSodium.XChaChaTagBytes];
        if (LibSodium.crypto_aead_xchacha20poly1305_ietf_encrypt(ciphertext, out _, plaintext, (ulong)plaintext.Length,
                associatedData, (ulong)associatedData.Length, IntPtr.Zero, nonce, key) != 0)
        {
            throw new CryptographicException("Encryption failed.");
        }
        return (nonce, ciphertext);
    }

    public static byte[] Decrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData)
    {
        LibSodium.EnsureInitialised();
        RequireKey(key);
        if (nonce.Length != NonceBytes || ciphertext.Length < LibSodium.XChaChaTagBytes)
        {
            throw new CryptographicException("Malformed ciphertext.");
        }
        var plaintext = new byte[ciphertext.Length - LibSodium.XChaChaTagBytes];
        if (LibSodium.crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext, out _, IntPtr.Zero, ciphertext, (ulong)ciphertext.Length,
                associatedData, (ulong)associatedData.Length, nonce, key) != 0)
        {
            throw new CryptographicException("Decryption failed.");
        }
        return plaintext;
    }

    private static void RequireKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != LibSodium.XChaChaKeyBytes)
        {
            throw new ArgumentException("Expected a 32-byte key.", nameof(key));
        }
    }
}
