using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>
/// One thing an agency publishes (its contact details, its complaint statistics), under the code each year's list
/// gives it: complaint-statistics is o31 in 2564, O29 in 2566, O19 in 2569. Content is tagged with the concept once
/// and counts in every year.
/// </summary>
public sealed record ItaConcept(string Key, LocalizedText Title, IReadOnlyDictionary<int, string> Codes, SourceLocation Location);

/// <summary>input/ita/crosswalk.yml: every concept and its code per assessment year.</summary>
public sealed record ItaCrosswalk(IReadOnlyList<ItaConcept> Concepts)
{
    public static readonly ItaCrosswalk Empty = new([]);

    public ItaConcept? Concept(string key) => Concepts.FirstOrDefault(c => c.Key == key);

    /// <summary>The concepts a year's code stands for (several concepts may share one code: 2569's O18 is guideline and channel).</summary>
    public IEnumerable<ItaConcept> ConceptsOf(int year, string code) =>
        Concepts.Where(c => c.Codes.TryGetValue(year, out var own) && own == code);
}
