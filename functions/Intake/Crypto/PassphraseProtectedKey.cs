using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// A private key file encrypted under a passphrase, so a copied file alone reads nothing: Argon2id (libsodium, through
/// NSec) stretches the passphrase into a key, XChaCha20-Poly1305 encrypts the private key with the file's purpose and
/// the Argon2id parameters as associated data (so neither can be swapped). A text file, line by line:
/// <code>
/// integritysite-protected-key v1
/// purpose officer-private
/// argon2id m=65536 t=3 p=1
/// salt …
/// nonce …
/// ciphertext …
/// </code>
/// </summary>
public static class PassphraseProtectedKey
{
    public const int MinPassphraseChars = 12;
    private const string Magic = "integritysite-protected-key v1";

    /// <summary>64 MiB and 3 passes: about half a second here, once per unlock; libsodium's "moderate" is 256 MiB.</summary>
    public const int DefaultMemoryKiB = 64 * 1024;
    public const int DefaultPasses = 3;

    private static readonly AeadAlgorithm Aead = AeadAlgorithm.XChaCha20Poly1305;

    public static bool IsProtected(string fileText) => fileText.StartsWith(Magic, StringComparison.Ordinal);

    public static string Protect(ReadOnlySpan<byte> key, string passphrase, string purpose, int memoryKiB = DefaultMemoryKiB, int passes = DefaultPasses)
    {
        if (passphrase.Length < MinPassphraseChars)
        {
            throw new ArgumentException($"A passphrase needs at least {MinPassphraseChars} characters.", nameof(passphrase));
        }
        var parameters = $"argon2id m={memoryKiB} t={passes} p=1";
        var salt = RandomNumberGenerator.GetBytes(16);
        var nonce = RandomNumberGenerator.GetBytes(Aead.NonceSize);
        using var aeadKey = DeriveKey(passphrase, salt, memoryKiB, passes);
        var ciphertext = Aead.Encrypt(aeadKey, nonce, AssociatedData(purpose, parameters), key);
        return $"{Magic}\npurpose {purpose}\n{parameters}\nsalt {Convert.ToBase64String(salt)}\nnonce {Convert.ToBase64String(nonce)}\nciphertext {Convert.ToBase64String(ciphertext)}\n";
    }

    /// <summary>The key; <see cref="WrongPassphraseException"/> when the passphrase (or the file) does not open it.</summary>
    public static byte[] Unprotect(string fileText, string passphrase, string purpose)
    {
        var lines = fileText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 6 || lines[0] != Magic || !lines[2].StartsWith("argon2id ", StringComparison.Ordinal))
        {
            throw new FormatException("Not a protected key file.");
        }
        var parameters = lines[2];
        var values = parameters["argon2id ".Length..].Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var salt = Convert.FromBase64String(Field(lines[3], "salt"));
        var nonce = Convert.FromBase64String(Field(lines[4], "nonce"));
        var ciphertext = Convert.FromBase64String(Field(lines[5], "ciphertext"));
        if (Field(lines[1], "purpose") != purpose)
        {
            throw new WrongPassphraseException();
        }
        using var aeadKey = DeriveKey(passphrase, salt, values["m"], values["t"]);
        return Aead.Decrypt(aeadKey, nonce, AssociatedData(purpose, parameters), ciphertext) ?? throw new WrongPassphraseException();
    }

    private static Key DeriveKey(string passphrase, byte[] salt, int memoryKiB, int passes)
    {
        var argon2 = PasswordBasedKeyDerivationAlgorithm.Argon2id(new Argon2Parameters { DegreeOfParallelism = 1, MemorySize = memoryKiB, NumberOfPasses = passes });
        var derived = argon2.DeriveBytes(passphrase, salt, Aead.KeySize);
        try
        {
            return Key.Import(Aead, derived, KeyBlobFormat.RawSymmetricKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    private static byte[] AssociatedData(string purpose, string parameters) => Encoding.ASCII.GetBytes($"{Magic}\n{purpose}\n{parameters}");

    private static string Field(string line, string name) =>
        line.StartsWith(name + " ", StringComparison.Ordinal) ? line[(name.Length + 1)..] : throw new FormatException($"Expected '{name}' in the protected key file.");
}

/// <summary>The passphrase does not open the key file (or the file was altered).</summary>
public sealed class WrongPassphraseException() : CryptographicException("The passphrase does not open this key file.");
