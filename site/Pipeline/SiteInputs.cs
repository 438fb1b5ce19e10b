using IntegritySite.Site.Content;
using IntegritySite.Site.Content.Ita;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// Everything a build reads from input/ besides the content files: site.yml, the ITA lists and evidence, the data
/// files, the holidays, the Thai word list; with what reading them reported. Every page may depend on these, so a
/// change to any of them (or to the day built for) makes the next build a full one.
/// </summary>
internal sealed record SiteInputs(
    SiteConfig Config, ItaInput Ita, IReadOnlyList<LinkEvidence> ItaLinks, PublishedStatistics? Statistics, ThaiWordList ThaiWords,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Null when site.yml cannot be read (nothing else can be built then); its errors are in <paramref name="diagnostics"/>.</summary>
    public static SiteInputs? Read(SiteSource source, DateOnly today, IReadOnlyList<int>? assessYears, DiagnosticBag diagnostics)
    {
        var own = new DiagnosticBag();
        var config = SiteConfigReader.Read(source, own);
        if (config is null)
        {
            foreach (var d in own.ToSortedList())
            {
                diagnostics.Add(d);
            }
            return null;
        }
        var ita = ItaInput.Read(source, config, today, own, assessYears);
        config = config with { ItaYears = ita.Published.Select(c => c.Year).ToList() };
        var itaLinks = LinkEvidenceReader.Read(source, ita.Codes, ita.Tags, own);
        var statistics = ComplaintStatisticsReader.Read(source, FiscalWindows.Of(config), own);
        HolidaysReader.Read(source, today, own);
        var thaiWords = ThaiWordListReader.Read(source, own);
        var inputs = new SiteInputs(config, ita, itaLinks, statistics, thaiWords, own.ToSortedList());
        inputs.Report(diagnostics);
        return inputs;
    }

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var d in Diagnostics)
        {
            diagnostics.Add(d);
        }
    }
}
