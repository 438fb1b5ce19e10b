using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Content;

/// <summary>
/// Reads input/thai-words.txt: one Thai word a line that the site always keeps whole and never breaks a line inside
/// (compounds ICU's dictionary splits, such as ร้องเรียน); <c>#</c> starts a comment. A site without the file breaks
/// Thai with ICU's dictionary alone.
/// </summary>
public static class ThaiWordListReader
{
    public const string FileName = "thai-words.txt";

    public static ThaiWordList Read(SiteSource source, DiagnosticBag diagnostics)
    {
        if (!source.Contains(FileName))
        {
            return ThaiWordList.Empty;
        }
        var terms = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = source.ReadText(FileName).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i + 1;
            var hash = lines[i].IndexOf('#');
            var term = (hash >= 0 ? lines[i][..hash] : lines[i]).Trim();
            if (term.Length == 0)
            {
                continue;
            }
            var problem = Problem(term);
            if (problem is not null)
            {
                diagnostics.Error(FileName, line, 1, problem);
                continue;
            }
            if (seen.TryGetValue(term, out var first))
            {
                diagnostics.Warning(FileName, line, 1, $"'{term}' is already on line {first}");
                continue;
            }
            seen[term] = line;
            terms.Add(term);
        }
        return new ThaiWordList(terms);
    }

    private static string? Problem(string term)
    {
        if (term.Any(char.IsWhiteSpace))
        {
            return $"'{term}' holds a space: write one word a line (a line may break at a space anyway)";
        }
        if (!term.All(ThaiScript.IsThai))
        {
            return $"'{term}' is not all Thai: the list is for Thai words only";
        }
        if (term.Length < 2)
        {
            return $"'{term}' is one letter: a word of the list has two or more";
        }
        if (ThaiScript.IsDependent(term[0]))
        {
            return $"'{term}' starts with a vowel sign or tone mark, which belongs to the letter before it";
        }
        if (ThaiScript.IsLeadingVowel(term[^1]))
        {
            return $"'{term}' ends with a vowel (เ แ โ ใ ไ) that belongs to the letter after it";
        }
        return null;
    }
}
