using IntegritySite.Site.Ita;
using IntegritySite.Site.Content.FrontMatter;

namespace IntegritySite.Site.Content.Ita;

/// <summary>
/// Checks <c>ita:</c> tags where they are written: a tag must mean an item of at least one assessed year (a concept
/// of the crosswalk, a code of the 43-item lists, or YEAR:CODE), else it is an error at its line.
/// </summary>
public sealed class ItaCodeIndex(IReadOnlyList<ItaCatalogue> published, ItaTagResolver tags)
{
    public bool Publishes(int year) => published.Any(c => c.Year == year);

    /// <summary>Reports every tag of a front-matter <c>ita:</c> list that points at no assessed year's item.</summary>
    public void Check(IReadOnlyList<string> written, YamlFields fields)
    {
        foreach (var tag in written)
        {
            if (Problem(tag, null) is { } problem)
            {
                fields.ErrorAtKey("ita", problem);
            }
        }
    }

    /// <summary>Why a tag counts for no assessed year (limited to <paramref name="year"/> when given); null when it counts.</summary>
    public string? Problem(string tag, int? year)
    {
        var (targets, error) = tags.Resolve(tag, year);
        if (error is not null)
        {
            return error;
        }
        return targets.Any(t => Publishes(t.Year)) ? null
            : $"'{tag}' is an item of ITA {string.Join(", ", targets.Select(t => t.Year).Distinct())}, none of which is assessed (site.yml ita.years: {string.Join(", ", published.Select(c => c.Year))}); tag it by a concept of {ItaFiles.Crosswalk} so that it counts in every year";
    }
}
