using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegritySite.Site.Ita;

/// <summary>
/// What an <c>ita:</c> tag means in each year. Three forms:
/// <list type="bullet">
/// <item>a concept of the crosswalk (<c>complaint-statistics</c>): its code in every year the crosswalk gives;</item>
/// <item>a bare code of the 43-item lists (<c>o42</c>, small o = 2564's list; <c>O42</c>, capital O = 2566's):
///   that item, and through the crosswalk the same concept in every other year, so old tags keep working;</item>
/// <item>a code of one year (<c>2569:O19</c>): only that item.</item>
/// </list>
/// A bare code belongs to the earliest catalogue written with its letter, because later lists renumbered the items
/// (O23 is an HR item in 2566 and the integrity measures in 2569).
/// </summary>
public sealed partial class ItaTagResolver(IReadOnlyList<ItaCatalogue> catalogues, ItaCrosswalk crosswalk)
{
    public static readonly ItaTagResolver Empty = new([], ItaCrosswalk.Empty);

    public ItaCrosswalk Crosswalk => crosswalk;

    public IReadOnlyList<ItaCatalogue> Catalogues => catalogues;

    public static bool IsTagShape(string tag) => TagShape().IsMatch(tag);

    public static bool IsConceptShape(string tag) => ConceptShape().IsMatch(tag);

    /// <summary>o042 and o42 are the same item; the letter's case is kept because it tells the lists apart.</summary>
    public static string NormalizeCode(string code) =>
        code[0] + int.Parse(code[1..], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads YEAR:CODE (2569:O19, the crosswalk's form too), the code in its canonical spelling; false for anything else.</summary>
    public static bool TryParseYearCode(string text, out int year, out string code)
    {
        var match = YearCodeShape().Match(text);
        year = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        code = match.Success ? NormalizeCode(match.Groups[2].Value) : "";
        return match.Success;
    }

    /// <summary>A tag in its canonical spelling (codes without leading zeros); other text unchanged.</summary>
    public static string Normalize(string tag)
    {
        if (CodeShape().IsMatch(tag))
        {
            return NormalizeCode(tag);
        }
        return TryParseYearCode(tag, out var year, out var code) ? $"{year}:{code}" : tag;
    }

    /// <summary>Every item the tag points at, in every catalogue (limited to <paramref name="onlyYear"/> when given); an error sentence when it points at none.</summary>
    public (IReadOnlyList<ItaTarget> Targets, string? Error) Resolve(string tag, int? onlyYear = null)
    {
        var targets = Targets(Normalize(tag), out var error);
        if (error is not null)
        {
            return ([], error);
        }
        var kept = targets.Where(t => onlyYear is null || t.Year == onlyYear).Distinct().OrderBy(t => t.Year).ToList();
        return kept.Count == 0 && onlyYear is not null ? ([], $"'{tag}' has no item in ITA {onlyYear}") : (kept, null);
    }

    private IEnumerable<ItaTarget> Targets(string tag, out string? error)
    {
        error = null;
        if (TryParseYearCode(tag, out var year, out var code))
        {
            var catalogue = catalogues.FirstOrDefault(c => c.Year == year);
            error = catalogue is null ? $"'{tag}': there is no list of items for ITA {year} (input/ita/{year}.yml)"
                : !catalogue.Contains(code) ? $"'{tag}': ITA {year} has no item {code} ({Range(catalogue)})"
                : null;
            return error is null ? [new ItaTarget(year, code)] : [];
        }
        if (CodeShape().IsMatch(tag))
        {
            var home = catalogues.OrderBy(c => c.Year).FirstOrDefault(c => c.CodeLetter == tag[0]);
            if (home is null || !home.Contains(tag))
            {
                error = home is null
                    ? $"'{tag}' is an item code of a list that is not in input/ita/ ({Letters()})"
                    : $"'{tag}' is not an item of ITA {home.Year}, whose codes a bare '{tag[0]}' means ({Range(home)}); for another year write YEAR:CODE (like 2569:O19) or a concept of {ItaFiles.Crosswalk}";
                var otherCase = catalogues.FirstOrDefault(c => c.CodeLetter != tag[0] && c.Contains(OtherCase(tag)));
                if (otherCase is not null)
                {
                    error += $"; the ITA {otherCase.Year} list writes it {OtherCase(tag)} (o for 2563–2565, O from 2566)";
                }
                return [];
            }
            return crosswalk.ConceptsOf(home.Year, tag).SelectMany(ConceptTargets).Prepend(new ItaTarget(home.Year, tag));
        }
        var concept = crosswalk.Concept(tag);
        if (concept is null)
        {
            error = ConceptShape().IsMatch(tag)
                ? $"'{tag}' is not a concept of {ItaFiles.Crosswalk} ({string.Join(", ", crosswalk.Concepts.Select(c => c.Key))})"
                : $"'{tag}' is not an ITA tag; write a concept of {ItaFiles.Crosswalk} (like complaint-statistics), an item code (o42, O42) or YEAR:CODE (2569:O19)";
            return [];
        }
        return ConceptTargets(concept);
    }

    private static string OtherCase(string code) => (char.IsLower(code[0]) ? 'O' : 'o') + code[1..];

    private IEnumerable<ItaTarget> ConceptTargets(ItaConcept concept) =>
        concept.Codes.Select(kv => new ItaTarget(kv.Key, kv.Value));

    private string Letters() =>
        string.Join("; ", catalogues.GroupBy(c => c.CodeLetter).Select(g => $"'{g.Key}' = ITA {g.Min(c => c.Year)}"));

    private static string Range(ItaCatalogue catalogue) =>
        catalogue.Items.Count == 0 ? "no items" : $"{catalogue.Items[0].Code}–{catalogue.Items[^1].Code}";

    /// <summary>Any of the three forms, as one pattern (the staff editor checks a tag with it before <c>check</c> does).</summary>
    [GeneratedRegex(@"^([oO]\d{1,3}|\d{4}:[oO]\d{1,3}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$")]
    public static partial Regex TagShape();

    [GeneratedRegex(@"^[oO]\d{1,3}$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"^(\d{4}):([oO]\d{1,3})$")]
    private static partial Regex YearCodeShape();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex ConceptShape();
}
