using System.Security.Cryptography;
using System.Text;

namespace IntegritySite.Intake.Crypto;

/// <summary>The 16-digit receipt a reporter keeps; the only way back to the report.</summary>
public sealed class ReceiptCode
{
    public const int Digits = 16;

    private ReceiptCode(string digits) => Value = digits;

    /// <summary>The bare 16 digits.</summary>
    public string Value { get; }

    /// <summary>Groups of four separated by spaces, as shown to the reporter.</summary>
    public string Display => string.Join(' ', Enumerable.Range(0, Digits / 4).Select(i => Value.Substring(i * 4, 4)));

    /// <summary>16 uniform digits from the OS CSPRNG (rejection sampling: bytes of 250 and above are discarded).</summary>
    public static ReceiptCode Generate()
    {
        Span<char> digits = stackalloc char[Digits];
        Span<byte> random = stackalloc byte[Digits * 2];
        var filled = 0;
        while (filled < Digits)
        {
            RandomNumberGenerator.Fill(random);
            foreach (var b in random)
            {
                if (b < 250 && filled < Digits)
                {
                    digits[filled++] = (char)('0' + b % 10);
                }
            }
        }
        random.Clear();
        return new ReceiptCode(new string(digits));
    }

    /// <summary>Accepts the digits with or without spaces/dashes; Thai digits are read as digits.</summary>
    public static bool TryParse(string? text, out ReceiptCode receipt)
    {
        receipt = null!;
        if (text is null || text.Length > 64)
        {
            return false;
        }
        var digits = new StringBuilder(Digits);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
            else if (c is >= '\u0E50' and <= '\u0E59')
            {
                digits.Append((char)('0' + (c - '\u0E50')));
            }
            else if (c is not (' ' or '-' or '\u00A0' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\t'))
            {
                return false;
            }
        }
        if (digits.Length != Digits)
        {
            return false;
        }
        receipt = new ReceiptCode(digits.ToString());
        return true;
    }

    public static ReceiptCode FromDigits(string digits) =>
        TryParse(digits, out var receipt) ? receipt : throw new ArgumentException("Not a receipt code.", nameof(digits));

    public override string ToString() => "[receipt]";
}
