using System.Security.Cryptography;
using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Crypto;

namespace IntegritySite.Officer.Keys;

/// <summary>
/// The officer's keys on the officer's own machine, each private key encrypted under the officer's passphrase
/// (<see cref="PassphraseProtectedKey"/>); the private keys never go to the server.
/// </summary>
internal static class OfficerKeyFiles
{
    public const string PrivatePurpose = "officer-private";
    public const string SigningPurpose = "officer-signing";
    public const string PrivateKeyFile = OfficerKeyFileNames.PrivateKey;
    public const string SigningKeyFile = OfficerKeyFileNames.SigningKey;
    public const string ApiKeyFile = OfficerKeyFileNames.ApiKey;
    public const string PublicKeyFile = OfficerKeyFileNames.PublicKey;

    public static int Generate(string directory)
    {
        var passphrase = Passphrase.AskNew();
        Directory.CreateDirectory(directory);
        var privatePath = Path.Combine(directory, PrivateKeyFile);
        if (File.Exists(privatePath))
        {
            Console.Error.WriteLine($"{privatePath} exists; refusing to overwrite an officer key.");
            return 1;
        }
        var pair = X25519KeyPair.Generate();
        WritePrivate(privatePath, PassphraseProtectedKey.Protect(pair.PrivateKey, passphrase, PrivatePurpose));
        CryptographicOperations.ZeroMemory(pair.PrivateKey);
        var (signing, verify) = OfficerReplySignature.GenerateKeyPair();
        var signingPath = Path.Combine(directory, SigningKeyFile);
        WritePrivate(signingPath, PassphraseProtectedKey.Protect(signing, passphrase, SigningPurpose));
        CryptographicOperations.ZeroMemory(signing);
        var apiKeyPath = Path.Combine(directory, ApiKeyFile);
        var apiKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        WritePrivate(apiKeyPath, apiKey);
        var publicKey = Convert.ToBase64String(pair.PublicKey);
        File.WriteAllText(Path.Combine(directory, PublicKeyFile), publicKey + "\n");
        // Only public values and hashes are printed: these go into the function app's settings.
        Console.WriteLine($"Private keys, encrypted under your passphrase (keep on this machine, back them up): {privatePath}, {signingPath}");
        Console.WriteLine($"Officer API key (for OFFICER_API_KEY_FILE): {apiKeyPath}");
        Console.WriteLine("Add this officer to the intake's settings (each is a comma-separated list: keep the other officers' values):");
        Console.WriteLine($"Intake__OfficerPublicKeys  = {publicKey}");
        Console.WriteLine($"Intake__OfficerVerifyKeys  = {Convert.ToBase64String(verify)}");
        Console.WriteLine($"Intake__OfficerApiKeyHash  = {OfficerKeyCheck.HashForConfig(apiKey)}");
        Console.WriteLine("For a new installation only (one per intake, never changed afterwards: every receipt depends on it):");
        Console.WriteLine($"Intake__ReceiptHashSecret  = {Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}");
        return 0;
    }

    public static byte[] LoadSigningKey(string path) => Unlock(path, SigningPurpose, AskPassphrase());

    public static (byte[] PublicKey, byte[] PrivateKey) Load(string path)
    {
        var privateKey = Unlock(path, PrivatePurpose, AskPassphrase());
        return (X25519KeyPair.PublicKeyOf(privateKey), privateKey);
    }

    private static string AskPassphrase() => Passphrase.Ask(Passphrase.KeyPassphrase);

    /// <summary>
    /// Encrypts a plain key file (written before keys were protected, or by `serve` for local use) in place, under a
    /// new passphrase. Asked for, never done silently.
    /// </summary>
    public static int Protect(string path)
    {
        var text = File.ReadAllText(path);
        if (PassphraseProtectedKey.IsProtected(text))
        {
            Console.Error.WriteLine($"{path}: กุญแจนี้เข้ารหัสไว้แล้ว / already protected by a passphrase.");
            return 1;
        }
        var key = Convert.FromBase64String(text.Trim());
        try
        {
            var purpose = key.Length == 32 && Path.GetFileName(path).Contains("signing", StringComparison.Ordinal) ? SigningPurpose : PrivatePurpose;
            var protectedText = PassphraseProtectedKey.Protect(key, Passphrase.AskNew(), purpose);
            var temporary = path + ".protecting";
            File.Delete(temporary);
            WritePrivate(temporary, protectedText);
            File.Move(temporary, path, overwrite: true);
            Console.WriteLine($"{path}: เข้ารหัสด้วยรหัสผ่านแล้ว / now protected by your passphrase.");
            return 0;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public static byte[] Unlock(string path, string purpose, string passphrase)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"ไม่พบไฟล์กุญแจ {path} / No key file at {path}.");
        }
        var text = File.ReadAllText(path);
        if (!PassphraseProtectedKey.IsProtected(text))
        {
            throw new InvalidOperationException(
                $"{path} ไม่ได้เข้ารหัสด้วยรหัสผ่าน ใครคัดลอกไฟล์นี้ได้ก็อ่านเรื่องร้องเรียนได้ทั้งหมด ให้เข้ารหัสก่อนด้วย: officer protect-key {path}\n" +
                $"{path} is not protected by a passphrase: anyone who copies it reads every report. Protect it first: officer protect-key {path}");
        }
        try
        {
            return PassphraseProtectedKey.Unprotect(text, passphrase, purpose);
        }
        catch (WrongPassphraseException)
        {
            throw new InvalidOperationException($"รหัสผ่านไม่ถูกต้อง ไม่ได้เปิดกุญแจ {path} / Wrong passphrase: {path} was not opened.");
        }
    }

    private static void WritePrivate(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(content.EndsWith('\n') ? content : content + "\n");
    }
}
