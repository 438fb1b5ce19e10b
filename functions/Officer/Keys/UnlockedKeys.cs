using System.Security.Cryptography;
using IntegritySite.Intake.Crypto;

namespace IntegritySite.Officer.Keys;

/// <summary>
/// One officer's private keys, opened with the passphrase and held only in this process's memory (zeroed on
/// <see cref="Dispose"/>): the X25519 key that opens reports, and the Ed25519 key that signs replies.
/// </summary>
internal sealed class UnlockedKeys : IDisposable
{
    public UnlockedKeys(byte[] publicKey, byte[] privateKey, byte[] signingKey)
    {
        PublicKey = publicKey;
        PrivateKey = privateKey;
        SigningKey = signingKey;
    }

    public byte[] PublicKey { get; }

    public byte[] PrivateKey { get; }

    public byte[] SigningKey { get; }

    /// <summary>Opens officer-private.key and officer-signing.key in <paramref name="directory"/>; a wrong passphrase throws with a Thai and English message.</summary>
    public static UnlockedKeys Unlock(string directory, string passphrase)
    {
        var privateKey = OfficerKeyFiles.Unlock(Path.Combine(directory, OfficerKeyFiles.PrivateKeyFile), OfficerKeyFiles.PrivatePurpose, passphrase);
        try
        {
            return new UnlockedKeys(X25519KeyPair.PublicKeyOf(privateKey), privateKey, OfficerKeyFiles.Unlock(Path.Combine(directory, OfficerKeyFiles.SigningKeyFile), OfficerKeyFiles.SigningPurpose, passphrase));
        }
        catch
        {
            CryptographicOperations.ZeroMemory(privateKey);
            throw;
        }
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(PrivateKey);
        CryptographicOperations.ZeroMemory(SigningKey);
    }
}
