using System.Security.Cryptography;
using NSec.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>XChaCha20-Poly1305 (NSec) with a random 24-byte nonce.</summary>
internal static class SecretBox
{
    private static readonly AeadAlgorithm Algorithm = AeadAlgorithm.XChaCha20Poly1305;

    public const int NonceBytes = 24;

    public static (byte[] Nonce, byte[] Ciphertext) Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        using var aeadKey = Key.Import(Algorithm, key, KeyBlobFormat.RawSymmetricKey);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        return (nonce, Algorithm.Encrypt(aeadKey, nonce, associatedData, plaintext));
    }

    public static byte[] Decrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData)
    {
        using var aeadKey = Key.Import(Algorithm, key, KeyBlobFormat.RawSymmetricKey);
        return Algorithm.Decrypt(aeadKey, nonce, associatedData, ciphertext)
            ?? throw new CryptographicException("Decryption failed.");
    }
}
