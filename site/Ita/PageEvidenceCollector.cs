using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>Turns the <c>ita:</c> tags of content front matter into evidence, dated by what the page records.</summary>
public static class PageEvidenceCollector
{
    /// <summary>Thai originals only: a translation is the same evidence in another language.</summary>
    public static IReadOnlyList<PageEvidence> Collect(SiteModel site, ItaTagResolver tags) =>
        site.Documents
            .Where(d => d.Language == Language.Th)
            .OrderBy(d => d.SourcePath, StringComparer.Ordinal)
            .SelectMany(d => d.Ita.Select(tag => new PageEvidence
            {
                Tag = tag,
                Targets = tags.Resolve(tag).Targets,
                Document = d,
                Dates = DatesOf(d, site.ComplaintStatistics),
                Location = new SourceLocation(d.SourcePath, d.ItaLine, d.ItaLine > 0 ? 1 : 0),
            }))
            .ToList();

    /// <summary>
    /// Announcements and reports carry their date; a measure its dated history; the complaint-statistics page the
    /// as-of day of its figures; other pages are undated.
    /// </summary>
    public static IReadOnlyList<DateOnly> DatesOf(ContentDocument document, PublishedStatistics? statistics) => document switch
    {
        Page { Layout: PageLayout.ComplaintStatistics } when statistics is not null => [statistics.AsOf],
        _ => document.EvidenceDates,
    };
}
