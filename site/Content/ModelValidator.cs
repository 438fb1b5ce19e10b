using System.Runtime.CompilerServices;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

/// <summary>Checks that need more than one file: unique numbers and addresses, and translations that agree with the Thai original.</summary>
public static class ModelValidator
{
    /// <summary>Page addresses the generator uses itself, besides the content kinds' own sections.</summary>
    private static readonly string[] ReservedPageSlugs = ["en", "th", "ita", "assets", "files", "api", "pagefind", "index"];

    /// <param name="sections">The content kinds' sections (measures, announcements, …): no page may take their address.</param>
    public static void Validate(IReadOnlyList<ContentDocument> documents, IEnumerable<string> sections, DiagnosticBag diagnostics)
    {
        var reserved = ReservedPageSlugs.Concat(sections).ToHashSet(StringComparer.Ordinal);
        foreach (var group in documents.GroupBy(d => (d.Section, d.Slug, d.Language)).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(d => d.SourcePath, StringComparer.Ordinal).First();
            foreach (var duplicate in group.Where(d => d != first))
            {
                diagnostics.Error(duplicate.SourcePath, 0, 0, $"the web address '{group.Key.Slug}' is already used by {first.SourcePath}; rename one of the files");
            }
        }

        foreach (var page in documents.OfType<Page>().Where(p => reserved.Contains(p.Slug)))
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

        var originals = documents.Where(d => d.Language == Language.Th)
            .GroupBy(d => (d.Section, d.Slug))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var translation in documents.Where(d => d.Language != Language.Th))
        {
            if (!originals.TryGetValue((translation.Section, translation.Slug), out var original))
            {
                diagnostics.Error(translation.SourcePath, 0, 0, $"this translation has no Thai original; add {ThaiPathOf(translation.SourcePath)} first");
                continue;
            }
            foreach (var difference in DisagreementsOf(translation, original))
            {
                diagnostics.Error(translation.SourcePath, 0, 0, $"this translation disagrees with {original.SourcePath}: {difference}");
            }
        }
    }

    /// <summary>Documents are immutable: a translation compared with the same original says the same, so `serve`
    /// compares again only the pairs an edit made.</summary>
    private static readonly ConditionalWeakTable<ContentDocument, Tuple<ContentDocument, string[]>> Compared = new();

    private static string[] DisagreementsOf(ContentDocument translation, ContentDocument original)
    {
        if (Compared.TryGetValue(translation, out var known) && ReferenceEquals(known.Item1, original))
        {
            return known.Item2;
        }
        var differences = translation.DisagreementsWith(original).ToArray();
        Compared.AddOrUpdate(translation, Tuple.Create(original, differences));
        return differences;
    }

    private static string ThaiPathOf(string path) =>
        path.EndsWith(".en.md", StringComparison.Ordinal) ? path[..^6] + ".th.md" : path;
}
