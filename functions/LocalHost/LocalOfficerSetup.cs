using System.Security.Cryptography;
using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Crypto;

namespace IntegritySite.LocalHost;

/// <summary>
/// First run: creates an officer encryption key pair (X25519), a signing key pair (Ed25519), a receipt-hash secret
/// and an officer API key under the state directory; later runs reuse them. The server's half goes to intake/, the
/// officer's half to officer/, both folders and every file private to this user (0700 / 0600). Nothing is printed:
/// the officer's tools read the officer's folder.
/// </summary>
public static class LocalOfficerSetup
{
    public const string IntakeFolder = "intake";
    public const string OfficerFolder = "officer";
    public const string PrivateKeyFile = "officer-private.key";
    public const string SigningKeyFile = "officer-signing.key";
    public const string ApiKeyFile = "officer-api.key";
    public const string PublicKeyFile = "officer-public.key";
    public const string VerifyKeyFile = "officer-verify.key";
    public const string ReceiptSecretFile = "receipt-hash.secret";
    public const string ApiKeyHashFile = "officer-api-key.sha256";

    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static LocalIntakeSettings Ensure(string stateDirectory)
    {
        var intake = CreatePrivateFolder(Path.Combine(stateDirectory, IntakeFolder));
        var officer = CreatePrivateFolder(Path.Combine(stateDirectory, OfficerFolder));
        var created = false;

        var privatePath = Path.Combine(officer, PrivateKeyFile);
        if (!File.Exists(privatePath))
        {
            var pair = X25519KeyPair.Generate();
            WritePrivate(privatePath, Convert.ToBase64String(pair.PrivateKey));
            CryptographicOperations.ZeroMemory(pair.PrivateKey);
            created = true;
        }
        var privateKey = Convert.FromBase64String(File.ReadAllText(privatePath).Trim());
        var publicKey = Convert.ToBase64String(X25519KeyPair.PublicKeyOf(privateKey));
        CryptographicOperations.ZeroMemory(privateKey);
        WriteIfChanged(Path.Combine(intake, PublicKeyFile), publicKey);

        var signingPath = Path.Combine(officer, SigningKeyFile);
        if (!File.Exists(signingPath))
        {
            var (signing, _) = OfficerReplySignature.GenerateKeyPair();
            WritePrivate(signingPath, Convert.ToBase64String(signing));
            CryptographicOperations.ZeroMemory(signing);
            created = true;
        }
        var signingKey = Convert.FromBase64String(File.ReadAllText(signingPath).Trim());
        var verifyKey = Convert.ToBase64String(OfficerReplySignature.PublicKeyOf(signingKey));
        CryptographicOperations.ZeroMemory(signingKey);
        WriteIfChanged(Path.Combine(intake, VerifyKeyFile), verifyKey);

        var secret = ReadOrCreate(Path.Combine(intake, ReceiptSecretFile), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ref created);
        var apiKeyPath = Path.Combine(officer, ApiKeyFile);
        var apiKey = ReadOrCreate(apiKeyPath, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ref created);
        var apiKeyHash = OfficerKeyCheck.HashForConfig(apiKey);
        WriteIfChanged(Path.Combine(intake, ApiKeyHashFile), apiKeyHash);
        return new LocalIntakeSettings(Path.GetFullPath(stateDirectory), publicKey, verifyKey, secret, apiKeyHash, created);
    }

    /// <summary>Reads a raw key (base64 in a file written by Ensure or keygen).</summary>
    public static byte[] ReadKey(string path) => Convert.FromBase64String(File.ReadAllText(path).Trim());

    private static string CreatePrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, PrivateFolder);
            File.SetUnixFileMode(path, PrivateFolder);
        }
        return path;
    }

    private static string ReadOrCreate(string path, Func<string> create, ref bool created)
    {
        if (!File.Exists(path))
        {
            WritePrivate(path, create());
            created = true;
        }
        return File.ReadAllText(path).Trim();
    }

    private static void WriteIfChanged(string path, string content)
    {
        if (!File.Exists(path) || File.ReadAllText(path).Trim() != content)
        {
            File.Delete(path);
            WritePrivate(path, content);
        }
    }

    private static void WritePrivate(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(content + "\n");
    }
}
