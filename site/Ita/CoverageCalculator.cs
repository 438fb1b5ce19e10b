using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>Pure: catalogue + evidence → the state of every item and the projected scores.</summary>
public static class CoverageCalculator
{
    public static YearCoverage For(ItaCatalogue catalogue, IReadOnlyList<ItaEvidence> evidence, FiscalCalendar calendar, SiteModel site)
    {
        var items = catalogue.Items.Select(item =>
        {
            var window = calendar.Window(item.Period, catalogue.Year);
            var matches = evidence
                .Where(e => e.IsFor(catalogue.Year, item.Code))
                .Select(e => new EvidenceMatch(e, IsInPeriod(e, window)))
                .OrderByDescending(m => m.InPeriod)
                .ThenByDescending(m => m.Evidence.Dates.Count == 0 ? DateOnly.MaxValue : m.Evidence.Dates[^1])
                .ThenBy(m => m.Evidence.Location.Path, StringComparer.Ordinal)
                .ThenBy(m => m.Evidence.Location.Line)
                .ToList();
            var missing = MissingElements(item, matches, site);
            return new ItemCoverage(item, StateOf(matches, missing), window, matches) { MissingElements = missing };
        }).ToList();
        var states = items.ToDictionary(i => i.Item.Code, i => i.State, StringComparer.Ordinal);
        return new YearCoverage(catalogue, items, ItaScoring.Score(catalogue, states));
    }

    /// <summary>Undated evidence, or evidence for an item of any period, is always in period; dated evidence needs one date inside.</summary>
    public static bool IsInPeriod(ItaEvidence evidence, DateRange? window) =>
        window is null || evidence.Dates.Count == 0 || evidence.Dates.Any(window.Contains);

    /// <summary>
    /// The required elements that no page in period shows. The assessor reads all of an item's evidence, so an element
    /// on any of its pages counts. A file or an external address (evidence.yml) cannot be read here: it is taken as whole.
    /// </summary>
    private static IReadOnlyList<EvidenceElement> MissingElements(ItaItem item, IReadOnlyList<EvidenceMatch> matches, SiteModel site)
    {
        var inPeriod = matches.Where(m => m.InPeriod).Select(m => m.Evidence).ToList();
        if (item.Elements.Count == 0 || inPeriod.Count == 0 || inPeriod.Any(e => e is LinkEvidence))
        {
            return [];
        }
        var pages = inPeriod.OfType<PageEvidence>().Select(p => new ElementContext(p.Document, site)).ToList();
        return item.Elements
            .Select(key => EvidenceElements.ByKey[key])
            .Where(element => !pages.Any(element.IsIn))
            .ToList();
    }

    private static ItemState StateOf(IReadOnlyList<EvidenceMatch> matches, IReadOnlyList<EvidenceElement> missing) =>
        matches.Count == 0 ? ItemState.Missing
        : !matches.Any(m => m.InPeriod) ? ItemState.Stale
        : missing.Count > 0 ? ItemState.Partial
        : ItemState.Present;
}
