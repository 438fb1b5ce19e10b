using System.Globalization;
using System.Text;

namespace IntegritySite.Officer.Reading;

/// <summary>
/// Reporter text made safe to show (terminal or desk page): bidirectional controls (which can make a line read differently from what it
/// holds, "Trojan Source") and other invisible control characters are shown as visible markers such as ⟨U+202E⟩.
/// </summary>
internal static class VisibleText
{
    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var hidden = rune.Value is '\n' or '\t'
                ? false
                : Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                    && !(rune.Value is 0x200B or 0x200C or 0x200D); // zero-width space and joiners are ordinary in Thai and Indic text
            if (hidden)
            {
                builder.Append($"⟨U+{rune.Value:X4}⟩");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString();
    }
}
