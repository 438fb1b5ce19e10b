namespace IntegritySite.Site.Typography;

/// <summary>
/// The project's own Thai words (input/thai-words.txt): terms always kept whole, where ICU's dictionary splits a
/// compound (ร้อง|เรียน) or splits a phrase wrongly (ให้ท่า|นท|ราบ). A term only removes breaks, never adds one, so a
/// term found inside a longer word (งบประมาณ in ปีงบประมาณ) cannot cut that word.
/// </summary>
public sealed class ThaiWordList
{
    public static readonly ThaiWordList Empty = new([]);

    /// <summary>Terms by their first character.</summary>
    private readonly Dictionary<char, string[]> _byFirst;

    public ThaiWordList(IEnumerable<string> terms)
    {
        Terms = terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _byFirst = Terms.GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<string> Terms { get; }

    /// <summary>
    /// Adds every place a term stands in a run of Thai text (places may overlap), left to right. A term is not found
    /// where it would cut a syllable: after a leading vowel (เ แ โ ใ ไ) or before a vowel sign or tone mark.
    /// </summary>
    public void Find(ReadOnlySpan<char> run, List<Range> into)
    {
        if (_byFirst.Count == 0)
        {
            return;
        }
        for (var i = 0; i < run.Length; i++)
        {
            if (!_byFirst.TryGetValue(run[i], out var candidates))
            {
                continue;
            }
            foreach (var term in candidates)
            {
                if (Fits(run, i, term))
                {
                    into.Add(new Range(i, i + term.Length));
                }
            }
        }
    }

    private static bool Fits(ReadOnlySpan<char> run, int start, string term) =>
        run[start..].StartsWith(term, StringComparison.Ordinal)
        && (start == 0 || !ThaiScript.IsLeadingVowel(run[start - 1]))
        && (start + term.Length == run.Length || !ThaiScript.IsDependent(run[start + term.Length]));
}
