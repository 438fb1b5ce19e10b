using IntegritySite.Site.Ita;
using System.Globalization;
using System.Text.RegularExpressions;
using IntegritySite.Site.Content;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Ita;

/// <summary>
/// The ITA data of input/ita/: every catalogue file is read and checked (so a mistake in next year's file is caught
/// early), but only the years site.yml publishes are used for codes, pages and coverage.
/// </summary>
public sealed partial record ItaInput(IReadOnlyList<ItaCatalogue> Published, ItaCodeIndex Codes)
{
    public static ItaInput Read(SiteSource source, SiteConfig config, DiagnosticBag diagnostics)
    {
        var catalogues = new List<ItaCatalogue>();
        foreach (var path in source.PathsUnder("ita").Where(p => p.EndsWith(".yml", StringComparison.Ordinal) && p != LinkEvidenceReader.FileName))
        {
            var match = CatalogueFile().Match(path);
            if (!match.Success)
            {
                diagnostics.Error(path, 0, 0, "files in ita/ are YYYY.yml (one assessment year, Buddhist Era) or evidence.yml");
                continue;
            }
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var catalogue = ItaCatalogueReader.Read(path, source.ReadText(path), year, diagnostics);
            if (catalogue is not null && config.ItaYears.Contains(year))
            {
                catalogues.Add(catalogue);
            }
        }
        var published = catalogues.OrderBy(c => c.Year).ToList();
        return new ItaInput(published, new ItaCodeIndex(published));
    }

    /// <summary>Nothing to check or publish when site.yml names no year.</summary>
    public bool IsPublished => Published.Count > 0;

    /// <summary>The state of every published item, from the site's pages and evidence.yml.</summary>
    public IReadOnlyList<YearCoverage> Coverage(SiteModel site, IReadOnlyList<LinkEvidence> links)
    {
        IReadOnlyList<ItaEvidence> evidence = [.. PageEvidenceCollector.Collect(site), .. links];
        var calendar = FiscalWindows.Of(site.Config);
        return Published.Select(c => CoverageCalculator.For(c, evidence, calendar)).ToList();
    }

    [GeneratedRegex(@"^ita/(\d{4})\.yml$")]
    private static partial Regex CatalogueFile();
}
