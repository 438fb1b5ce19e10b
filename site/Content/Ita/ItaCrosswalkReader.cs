using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Content.Ita;

/// <summary>
/// Reads input/ita/crosswalk.yml, checked against every catalogue in input/ita/ (published or not), so that a concept
/// never points at an item a year does not have.
/// </summary>
public static class ItaCrosswalkReader
{
    public static ItaCrosswalk Read(SiteSource source, IReadOnlyList<ItaCatalogue> catalogues, DiagnosticBag diagnostics)
    {
        if (!source.Contains(ItaFiles.Crosswalk))
        {
            return ItaCrosswalk.Empty;
        }
        var fields = YamlFields.Parse(ItaFiles.Crosswalk, source.ReadText(ItaFiles.Crosswalk), 1, diagnostics);
        if (fields is null)
        {
            return ItaCrosswalk.Empty;
        }
        var entries = fields.MappingList("concepts", required: true);
        fields.ReportUnknownKeys();
        var concepts = new List<ItaConcept>();
        foreach (var entry in entries)
        {
            var concept = ReadConcept(entry, catalogues, source);
            if (concept is null)
            {
                continue;
            }
            if (concepts.Any(c => c.Key == concept.Key))
            {
                entry.ErrorAtKey("key", $"concept '{concept.Key}' is listed more than once");
                continue;
            }
            concepts.Add(concept);
        }
        return new ItaCrosswalk(concepts);
    }

    private static ItaConcept? ReadConcept(YamlFields entry, IReadOnlyList<ItaCatalogue> catalogues, SiteSource source)
    {
        var key = entry.String("key", required: true);
        var title = entry.Text("title", required: true);
        var written = entry.StringList("codes", required: true);
        entry.String("note");
        entry.ReportUnknownKeys();
        if (key is not null && !ItaTagResolver.IsConceptShape(key))
        {
            entry.ErrorAtKey("key", $"'{key}' is not a concept key; write small letters, digits and hyphens, like complaint-statistics");
            return null;
        }
        var codes = new Dictionary<int, string>();
        foreach (var text in written)
        {
            if (!ItaTagResolver.TryParseYearCode(text, out var year, out var code))
            {
                entry.ErrorAtKey("codes", $"'{text}' is not YEAR:CODE; write each year's code like 2564:o31 or 2569:O19");
                continue;
            }
            var catalogue = catalogues.FirstOrDefault(c => c.Year == year);
            if (catalogue is null && source.Contains($"ita/{year}.yml"))
            {
                continue; // that list has errors of its own, reported at their lines
            }
            if (catalogue is null)
            {
                entry.ErrorAtKey("codes", $"'{text}': there is no list of items for ITA {year}; add input/ita/{year}.yml or remove the code");
            }
            else if (!catalogue.Contains(code))
            {
                entry.ErrorAtKey("codes", $"'{text}': ITA {year} has no item {code}");
            }
            else if (!codes.TryAdd(year, code))
            {
                entry.ErrorAtKey("codes", $"'{text}': concept '{key}' already has {codes[year]} in {year}; a concept has one item per year");
            }
        }
        if (key is null || title is null)
        {
            return null;
        }
        var (line, column) = entry.LocationOf("key");
        return new ItaConcept(key, title, codes, new SourceLocation(ItaFiles.Crosswalk, line, column));
    }
}
