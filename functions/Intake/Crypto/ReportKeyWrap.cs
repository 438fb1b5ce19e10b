using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>A per-report private key encrypted under a key derived from the receipt with Argon2id.</summary>
public sealed record WrappedReportKey(byte[] PublicKey, byte[] Salt, byte[] Nonce, byte[] Ciphertext, int MemoryKiB, int Passes);

/// <summary>Per-report X25519 key pair whose private half only the receipt can unlock.</summary>
public static class ReportKeyWrap
{
    public const int SaltBytes = 16;

    public static WrappedReportKey CreateFor(ReceiptCode receipt, string reportId, int memoryKiB, int passes)
    {
        var pair = X25519KeyPair.Generate();
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = DeriveKey(receipt, salt, memoryKiB, passes);
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

    public static byte[] UnwrapPrivateKey(WrappedReportKey wrapped, ReceiptCode receipt, string reportId)
    {
        var key = DeriveKey(receipt, wrapped.Salt, wrapped.MemoryKiB, wrapped.Passes);
        try
        {
            return SecretBox.Decrypt(key, wrapped.Nonce, wrapped.Ciphertext, Encoding.ASCII.GetBytes(reportId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] DeriveKey(ReceiptCode receipt, byte[] salt, int memoryKiB, int passes)
    {
        var parameters = new Argon2Parameters { DegreeOfParallelism = 1, MemorySize = memoryKiB, NumberOfPasses = passes };
        return PasswordBasedKeyDerivationAlgorithm.Argon2id(parameters).DeriveBytes(receipt.Value, salt, 32);
    }
}
