using System.Globalization;
using System.Text;

namespace IntegritySite.Site.Markdown;

/// <summary>
/// Heading ids that keep Thai intact. Markdig's auto ids drop Thai vowels and tone marks (they are non-spacing marks),
/// so "ภาษาไทยที่นี่" would become "ภาษาไทยทน"; this rule keeps every letter, mark and digit.
/// </summary>
public static class HeadingIds
{
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (IsKept(category))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingDash = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_' or '.' or '/')
            {
                pendingDash = true;
            }
        }
        return builder.Length == 0 ? "section" : builder.ToString();
    }

    /// <summary>Gives each heading of one page a unique id: a repeated text gets -2, -3 …</summary>
    public static string Unique(string slug, ISet<string> used)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    private static bool IsKept(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
