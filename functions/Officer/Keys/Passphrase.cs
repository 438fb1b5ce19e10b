using System.Text;

namespace IntegritySite.Officer.Keys;

/// <summary>
/// Asks the officer for the key passphrase on the terminal, without echo. For automation (and the tests) it may come
/// from OFFICER_PASSPHRASE instead; it is never read from a file or from the command line.
/// </summary>
internal static class Passphrase
{
    public const string Variable = "OFFICER_PASSPHRASE";

    /// <summary>The prompt for the passphrase of existing keys.</summary>
    public static readonly BilingualText KeyPassphrase = new("รหัสผ่านของกุญแจ", "Key passphrase");

    public static string Ask(BilingualText prompt)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }
        if (Console.IsInputRedirected)
        {
            throw new InvalidOperationException(
                $"ต้องพิมพ์รหัสผ่านของกุญแจที่หน้าจอ (หรือตั้งค่า {Variable}) / The key passphrase is asked on the terminal; none is attached (or set {Variable}).");
        }
        Console.Error.Write($"{prompt.Th} / {prompt.En}: ");
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
                continue;
            }
            text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }

    /// <summary>A new passphrase, asked twice on a terminal; refused when shorter than the minimum.</summary>
    public static string AskNew()
    {
        var first = Ask(new("ตั้งรหัสผ่านของกุญแจ", "New key passphrase"));
        if (first.Length < Intake.Crypto.PassphraseProtectedKey.MinPassphraseChars)
        {
            throw new ArgumentException(
                $"รหัสผ่านต้องยาวอย่างน้อย {Intake.Crypto.PassphraseProtectedKey.MinPassphraseChars} ตัวอักษร (ใช้ประโยคที่จำง่ายได้) / The passphrase needs at least {Intake.Crypto.PassphraseProtectedKey.MinPassphraseChars} characters (a sentence you remember is fine).");
        }
        if (Environment.GetEnvironmentVariable(Variable) is null && Ask(new("พิมพ์รหัสผ่านอีกครั้ง", "Repeat the passphrase")) != first)
        {
            throw new ArgumentException("รหัสผ่านสองครั้งไม่ตรงกัน / The two passphrases differ.");
        }
        return first;
    }
}
