using System.Security.Cryptography;
using System.Text;

namespace IntegritySite.Intake.Crypto;

/// <summary>Keeps a receipt encrypted for replay to a retried submission (same id and content).</summary>
public static class SubmissionReceiptWrap
{
    public static (byte[] Nonce, byte[] Ciphertext) Wrap(byte[] wrapKey, ReceiptCode receipt, string submissionRowKey)
    {
        try
        {
            return SecretBox.Encrypt(wrapKey, Encoding.ASCII.GetBytes(receipt.Value), Encoding.ASCII.GetBytes(submissionRowKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }

    public static ReceiptCode Unwrap(byte[] wrapKey, byte[] nonce, byte[] ciphertext, string submissionRowKey)
    {
        try
        {
            var digits = SecretBox.Decrypt(wrapKey, nonce, ciphertext, Encoding.ASCII.GetBytes(submissionRowKey));
            return ReceiptCode.FromDigits(Encoding.ASCII.GetString(digits));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }
}
