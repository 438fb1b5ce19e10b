using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>A per-report private key encrypted under a key derived from the receipt; MemoryKiB 0 means no Argon2id stretch.</summary>
public sealed record WrappedReportKey(byte[] PublicKey, byte[] Salt, byte[] Nonce, byte[] Ciphertext, int MemoryKiB, int Passes);

/// <summary>Per-report X25519 key pair whose private half only the receipt can unlock.</summary>
public static class ReportKeyWrap
{
    public const int SaltBytes = 16;

    public static WrappedReportKey CreateFor(ReceiptCode receipt, string reportId, ServerKeys serverKeys, int memoryKiB, int passes)
    {
        var pair = X25519KeyPair.Generate();
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = DeriveKey(receipt, salt, serverKeys, memoryKiB, passes);
        try
        {
            var (nonce, ciphertext) = SecretBox.Encrypt(key, pair.PrivateKey, Encoding.ASCII.GetBytes(reportId));
            return new WrappedReportKey(pair.PublicKey, salt, nonce, ciphertext, memoryKiB, passes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(pair.PrivateKey);
        }
    }

    public static byte[] UnwrapPrivateKey(WrappedReportKey wrapped, ReceiptCode receipt, string reportId, ServerKeys serverKeys)
    {
        var key = DeriveKey(receipt, wrapped.Salt, serverKeys, wrapped.MemoryKiB, wrapped.Passes);
        try
        {
            return SecretBox.Decrypt(key, wrapped.Nonce, wrapped.Ciphertext, Encoding.ASCII.GetBytes(reportId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] DeriveKey(ReceiptCode receipt, byte[] salt, ServerKeys serverKeys, int memoryKiB, int passes)
    {
        var material = memoryKiB == 0
            ? Encoding.ASCII.GetBytes(receipt.Value)
            : PasswordBasedKeyDerivationAlgorithm
                .Argon2id(new Argon2Parameters { DegreeOfParallelism = 1, MemorySize = memoryKiB, NumberOfPasses = passes })
                .DeriveBytes(receipt.Value, salt, 32);
        try
        {
            return serverKeys.ReportWrapKey(material, salt);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }
}
