using System.Security.Cryptography;
using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Crypto;

namespace IntegritySite.LocalHost;

/// <summary>
/// First run: creates an officer X25519 key pair, a receipt-hash secret and an officer API key in the
/// state directory (private files mode 600). Later runs reuse them.
/// </summary>
public static class LocalOfficerSetup
{
    public const string PrivateKeyFile = "officer-private.key";
    public const string PublicKeyFile = "officer-public.key";
    public const string ReceiptSecretFile = "receipt-hash.secret";
    public const string ApiKeyFile = "officer-api.key";

    public static LocalIntakeSettings Ensure(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        var privatePath = Path.Combine(stateDirectory, PrivateKeyFile);
        var created = false;
        if (!File.Exists(privatePath))
        {
            var pair = X25519KeyPair.Generate();
            WritePrivate(privatePath, Convert.ToBase64String(pair.PrivateKey));
            File.WriteAllText(Path.Combine(stateDirectory, PublicKeyFile), Convert.ToBase64String(pair.PublicKey) + "\n");
            CryptographicOperations.ZeroMemory(pair.PrivateKey);
            created = true;
        }
        var privateKey = Convert.FromBase64String(File.ReadAllText(privatePath).Trim());
        var publicKey = Convert.ToBase64String(X25519KeyPair.PublicKeyOf(privateKey));
        CryptographicOperations.ZeroMemory(privateKey);

        var secret = ReadOrCreate(Path.Combine(stateDirectory, ReceiptSecretFile), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ref created);
        var apiKey = ReadOrCreate(Path.Combine(stateDirectory, ApiKeyFile), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ref created);
        return new LocalIntakeSettings(Path.GetFullPath(stateDirectory), publicKey, secret, apiKey, OfficerKeyCheck.HashForConfig(apiKey), created);
    }

    /// <summary>Reads the officer private key (raw 32 bytes) from a file written by Ensure.</summary>
    public static byte[] ReadPrivateKey(string stateDirectory) =>
        Convert.FromBase64String(File.ReadAllText(Path.Combine(stateDirectory, PrivateKeyFile)).Trim());

    private static string ReadOrCreate(string path, Func<string> create, ref bool created)
    {
        if (!File.Exists(path))
        {
            WritePrivate(path, create());
            created = true;
        }
        return File.ReadAllText(path).Trim();
    }

    private static void WritePrivate(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(content + "\n");
    }
}
