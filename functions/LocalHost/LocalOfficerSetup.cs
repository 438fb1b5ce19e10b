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
    public const string PrivateKeyFile = OfficerKeyFileNames.PrivateKey;
    public const string SigningKeyFile = OfficerKeyFileNames.SigningKey;
    public const string ApiKeyFile = OfficerKeyFileNames.ApiKey;
    public const string PublicKeyFile = OfficerKeyFileNames.PublicKey;
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

        var publicKeys = EnsureListed(Path.Combine(intake, PublicKeyFile), Path.Combine(officer, PrivateKeyFile), () =>
        {
            var pair = X25519KeyPair.Generate();
            return (pair.PrivateKey, pair.PublicKey);
        }, key => X25519KeyPair.PublicKeyOf(key), ref created);
        var verifyKeys = EnsureListed(Path.Combine(intake, VerifyKeyFile), Path.Combine(officer, SigningKeyFile), () =>
        {
            var (signing, verify) = OfficerReplySignature.GenerateKeyPair();
            return (signing, verify);
        }, key => OfficerReplySignature.PublicKeyOf(key), ref created);

        var secret = ReadOrCreate(Path.Combine(intake, ReceiptSecretFile), () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ref created);
        var apiKeyPath = Path.Combine(officer, ApiKeyFile);
        var apiKey = ReadOrCreate(apiKeyPath, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ref created);
        var apiKeyHash = OfficerKeyCheck.HashForConfig(apiKey);
        var apiKeyHashes = Listed(Path.Combine(intake, ApiKeyHashFile), apiKeyHash);
        return new LocalIntakeSettings(Path.GetFullPath(stateDirectory), publicKeys, verifyKeys, secret, string.Join(",", apiKeyHashes), created);
    }

    /// <summary>
    /// The public keys the server uses (one per line in <paramref name="listPath"/>: more officers are added by adding
    /// lines), with the local officer's own key among them. Its private key is created on first run; once the officer
    /// has protected it with a passphrase (officer protect-key) it is no longer read here, and the list stands as it is.
    /// </summary>
    private static IReadOnlyList<string> EnsureListed(string listPath, string privatePath, Func<(byte[] Private, byte[] Public)> generate,
        Func<byte[], byte[]> publicOf, ref bool created)
    {
        string? own = null;
        if (!File.Exists(privatePath))
        {
            var (privateKey, publicKey) = generate();
            WritePrivate(privatePath, Convert.ToBase64String(privateKey));
            CryptographicOperations.ZeroMemory(privateKey);
            own = Convert.ToBase64String(publicKey);
            created = true;
        }
        else if (File.ReadAllText(privatePath) is var text && !PassphraseProtectedKey.IsProtected(text))
        {
            var privateKey = Convert.FromBase64String(text.Trim());
            own = Convert.ToBase64String(publicOf(privateKey));
            CryptographicOperations.ZeroMemory(privateKey);
        }
        var all = Listed(listPath, own);
        if (all.Count == 0)
        {
            throw new InvalidOperationException($"{listPath} lists no officer key; add the officer's public key (one per line).");
        }
        return all;
    }

    /// <summary>The values listed in a file, one per line (# comments), with <paramref name="own"/> added first when missing.</summary>
    private static IReadOnlyList<string> Listed(string listPath, string? own)
    {
        var listed = File.Exists(listPath)
            ? File.ReadAllLines(listPath).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList()
            : [];
        if (own is not null && !listed.Contains(own))
        {
            listed.Insert(0, own);
            File.Delete(listPath);
            WritePrivate(listPath, string.Join("\n", listed));
        }
        return listed;
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
