using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

/// <summary>Checks that need more than one file: unique numbers and addresses, and translations that agree with the Thai original.</summary>
public static class ModelValidator
{
    /// <summary>Page addresses the generator uses itself.</summary>
    private static readonly HashSet<string> ReservedPageSlugs = new(StringComparer.Ordinal)
    {
        "measures", "announcements", "reports", "en", "th", "ita", "assets", "files", "api", "pagefind", "index",
    };

    public static void Validate(IReadOnlyList<ContentDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var group in documents.GroupBy(d => (d.Section, d.Slug, d.Language)).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(d => d.SourcePath, StringComparer.Ordinal).First();
            foreach (var duplicate in group.Where(d => d != first))
            {
                diagnostics.Error(duplicate.SourcePath, 0, 0, $"the web address '{group.Key.Slug}' is already used by {first.SourcePath}; rename one of the files");
            }
        }

        foreach (var page in documents.OfType<Page>().Where(p => ReservedPageSlugs.Contains(p.Slug)))
        {
            diagnostics.Error(page.SourcePath, 0, 0, $"the page name '{page.Slug}' is used by the site itself; choose another file name");
        }

        foreach (var group in documents.OfType<Measure>().GroupBy(m => (m.Language, m.Number)).Where(g => g.Count() > 1))
        {
            var paths = group.Select(m => m.SourcePath).Order(StringComparer.Ordinal).ToList();
            foreach (var path in paths.Skip(1))
            {
                diagnostics.Error(path, 0, 0, $"measure number {group.Key.Number} is already used by {paths[0]}");
            }
        }

        foreach (var translation in documents.Where(d => d.Language != Language.Th))
        {
            var original = documents.FirstOrDefault(d => d.Language == Language.Th && d.Section == translation.Section && d.Slug == translation.Slug);
            if (original is null)
            {
                diagnostics.Error(translation.SourcePath, 0, 0, $"this translation has no Thai original; add {ThaiPathOf(translation.SourcePath)} first");
                continue;
            }
            foreach (var difference in Differences(original, translation))
            {
                diagnostics.Error(translation.SourcePath, 0, 0, $"this translation disagrees with {original.SourcePath}: {difference}");
            }
        }
    }

    private static string ThaiPathOf(string path) =>
        path.EndsWith(".en.md", StringComparison.Ordinal) ? path[..^6] + ".th.md" : path;

    private static IEnumerable<string> Differences(ContentDocument original, ContentDocument translation)
    {
        switch (original, translation)
        {
            case (Measure th, Measure en):
                if (th.Number != en.Number)
                {
                    yield return $"number is {en.Number}, the original says {th.Number}";
                }
                if (th.Status != en.Status)
                {
                    yield return $"status is {en.Status.Key()}, the original says {th.Status.Key()}";
                }
                var thHistory = string.Join(", ", th.History.Select(h => $"{h.Date:yyyy-MM-dd} {h.Status.Key()}"));
                var enHistory = string.Join(", ", en.History.Select(h => $"{h.Date:yyyy-MM-dd} {h.Status.Key()}"));
                if (thHistory != enHistory)
                {
                    yield return $"history dates and statuses are [{enHistory}], the original says [{thHistory}]";
                }
                break;
            case (Announcement th, Announcement en):
                if (th.Date != en.Date)
                {
                    yield return $"date is {en.Date:yyyy-MM-dd}, the original says {th.Date:yyyy-MM-dd}";
                }
                if (th.Kind != en.Kind)
                {
                    yield return "kind differs from the original";
                }
                break;
            case (Report th, Report en):
                if (th.Date != en.Date)
                {
                    yield return $"date is {en.Date:yyyy-MM-dd}, the original says {th.Date:yyyy-MM-dd}";
                }
                break;
            case (Page th, Page en):
                if (th.Layout != en.Layout)
                {
                    yield return "layout differs from the original";
                }
                break;
        }
    }
}
