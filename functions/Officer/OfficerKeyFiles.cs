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
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(new FileStream(privatePath, options)))
        {
            writer.WriteLine(Convert.ToBase64String(pair.PrivateKey));
        }
        CryptographicOperations.ZeroMemory(pair.PrivateKey);
        var publicKey = Convert.ToBase64String(pair.PublicKey);
        File.WriteAllText(Path.Combine(directory, "officer-public.key"), publicKey + "\n");
        var apiKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Console.WriteLine($"Private key (keep offline, back it up): {privatePath}");
        Console.WriteLine($"Intake__OfficerPublicKey   = {publicKey}");
        Console.WriteLine($"Intake__ReceiptHashSecret  = {Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}");
        Console.WriteLine($"Intake__OfficerApiKeyHash  = {OfficerKeyCheck.HashForConfig(apiKey)}");
        Console.WriteLine($"Officer API key (shown once; set OFFICER_API_KEY): {apiKey}");
        return 0;
    }

    public static (byte[] PublicKey, byte[] PrivateKey) Load(string path)
    {
        var privateKey = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return (X25519KeyPair.PublicKeyOf(privateKey), privateKey);
    }
}
