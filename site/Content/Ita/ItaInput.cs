using IntegritySite.Site.Ita;
using System.Globalization;
using System.Text.RegularExpressions;
using IntegritySite.Site.Content;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Ita;

/// <summary>
/// The ITA data of input/ita/: every catalogue file and the crosswalk are read and checked (so a mistake in next
/// year's file is caught early), but only the assessed years are used for pages and coverage: site.yml's
/// <c>ita.years</c>, or without it the current fiscal year's assessment (or the latest list before it).
/// </summary>
public sealed partial record ItaInput(IReadOnlyList<ItaCatalogue> Published, ItaCodeIndex Codes, ItaTagResolver Tags)
{
    /// <param name="assess">Years to assess instead of site.yml's (<c>check --year</c>).</param>
    public static ItaInput Read(SiteSource source, SiteConfig config, DateOnly today, DiagnosticBag diagnostics, IReadOnlyList<int>? assess = null)
    {
        var paths = source.PathsUnder("ita").Where(p => p.EndsWith(".yml", StringComparison.Ordinal) && p is not LinkEvidenceReader.FileName and not ItaFiles.Crosswalk).ToList();
        // One year's list per core (each is some 20–40 KB of YAML; they were most of a build's start).
        var read = new ItaCatalogue?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var match = CatalogueFile().Match(paths[i]);
            if (!match.Success)
            {
                diagnostics.Error(paths[i], 0, 0, "files in ita/ are YYYY.yml (one assessment year, Buddhist Era), crosswalk.yml or evidence.yml");
                return;
            }
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            read[i] = ItaCatalogueReader.Read(paths[i], source.ReadText(paths[i]), year, diagnostics);
        });
        var catalogues = read.OfType<ItaCatalogue>().OrderBy(c => c.Year).ToList();
        var crosswalk = ItaCrosswalkReader.Read(source, catalogues, diagnostics);
        var years = AssessedYears(config, catalogues, today, diagnostics, assess);
        var published = catalogues.Where(c => years.Contains(c.Year)).ToList();
        var tags = new ItaTagResolver(catalogues, crosswalk);
        return new ItaInput(published, new ItaCodeIndex(published, tags), tags);
    }

    /// <summary>What each tag the documents use means in the assessed years, newest year first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ItaLabel>> Labels(IReadOnlyList<ContentDocument> documents) =>
        documents.SelectMany(d => d.Ita).Distinct().ToDictionary(tag => tag, tag => (IReadOnlyList<ItaLabel>)Tags.Resolve(tag).Targets
            .Select(t => Published.FirstOrDefault(c => c.Year == t.Year)?.Item(t.Code) is { } item ? new ItaLabel(t.Year, item.Code, item.Title) : null)
            .OfType<ItaLabel>()
            .OrderByDescending(l => l.Year)
            .ToList());

    /// <summary>Nothing to check or publish when no year is assessed.</summary>
    public bool IsPublished => Published.Count > 0;

    /// <summary>The state of every published item, from the site's pages and evidence.yml.</summary>
    public IReadOnlyList<YearCoverage> Coverage(SiteModel site, IReadOnlyList<LinkEvidence> links)
    {
        IReadOnlyList<ItaEvidence> evidence = [.. PageEvidenceCollector.Collect(site, Tags), .. links];
        var calendar = FiscalWindows.Of(site.Config);
        return Published.Select(c => CoverageCalculator.For(c, evidence, calendar, site)).ToList();
    }

    private static IReadOnlyList<int> AssessedYears(SiteConfig config, IReadOnlyList<ItaCatalogue> catalogues, DateOnly today, DiagnosticBag diagnostics, IReadOnlyList<int>? assess)
    {
        if (assess is { Count: > 0 })
        {
            foreach (var year in assess.Where(y => catalogues.All(c => c.Year != y)))
            {
                diagnostics.Error($"ita/{year}.yml", 0, 0, $"--year {year}: there is no list of items for ITA {year}; add input/ita/{year}.yml");
            }
            return assess;
        }
        if (config.ItaYearsGiven)
        {
            return config.ItaYears;
        }
        var current = FiscalWindows.Of(config).YearOf(today);
        var latest = catalogues.Where(c => c.Year <= current).Select(c => c.Year).DefaultIfEmpty().Max();
        if (latest != 0 && latest != current)
        {
            diagnostics.Warning(SiteConfigFile, 0, 0,
                $"ITA {current} (this fiscal year) has no list of items in input/ita/, so ITA {latest} is assessed; add input/ita/{current}.yml when the NACC publishes it, or name the years in site.yml 'ita: {{ years: [...] }}'");
        }
        return latest == 0 ? [] : [latest];
    }

    private const string SiteConfigFile = "site.yml";

    [GeneratedRegex(@"^ita/(\d{4})\.yml$")]
    private static partial Regex CatalogueFile();
}
