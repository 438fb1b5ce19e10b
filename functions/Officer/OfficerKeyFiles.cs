using System.Security.Cryptography;
using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Crypto;

namespace IntegritySite.Officer;

/// <summary>Officer key pair on the officer's own machine; the private key never goes to the server.</summary>
internal static class OfficerKeyFiles
{
    public static int Generate(string directory)
    {
        Directory.CreateDirectory(directory);
        var privatePath = Path.Combine(directory, "officer-private.key");
        if (File.Exists(privatePath))
        {
            Console.Error.WriteLine($"{privatePath} exists; refusing to overwrite an officer key.");
            return 1;
        }
        var pair = X25519KeyPair.Generate();
        WritePrivate(privatePath, Convert.ToBase64String(pair.PrivateKey));
        CryptographicOperations.ZeroMemory(pair.PrivateKey);
        var (signing, verify) = OfficerReplySignature.GenerateKeyPair();
        var signingPath = Path.Combine(directory, "officer-signing.key");
        WritePrivate(signingPath, Convert.ToBase64String(signing));
        CryptographicOperations.ZeroMemory(signing);
        var apiKeyPath = Path.Combine(directory, "officer-api.key");
        var apiKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        WritePrivate(apiKeyPath, apiKey);
        var publicKey = Convert.ToBase64String(pair.PublicKey);
        File.WriteAllText(Path.Combine(directory, "officer-public.key"), publicKey + "\n");
        // Only public values and hashes are printed: these go into the function app's settings.
        Console.WriteLine($"Private keys (keep on this machine, back them up): {privatePath}, {signingPath}");
        Console.WriteLine($"Officer API key (for OFFICER_API_KEY_FILE): {apiKeyPath}");
        Console.WriteLine($"Intake__OfficerPublicKey   = {publicKey}");
        Console.WriteLine($"Intake__OfficerVerifyKeys  = {Convert.ToBase64String(verify)}");
        Console.WriteLine($"Intake__ReceiptHashSecret  = {Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}");
        Console.WriteLine($"Intake__OfficerApiKeyHash  = {OfficerKeyCheck.HashForConfig(apiKey)}");
        return 0;
    }

    public static byte[] LoadSigningKey(string path) => Convert.FromBase64String(File.ReadAllText(path).Trim());

    private static void WritePrivate(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var writer = new StreamWriter(new FileStream(path, options));
        writer.WriteLine(content);
    }

    public static (byte[] PublicKey, byte[] PrivateKey) Load(string path)
    {
        var privateKey = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return (X25519KeyPair.PublicKeyOf(privateKey), privateKey);
    }
}
