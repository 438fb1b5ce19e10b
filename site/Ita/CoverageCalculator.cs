namespace IntegritySite.Site.Ita;

/// <summary>Pure: catalogue + evidence → the state of every item and the projected scores.</summary>
public static class CoverageCalculator
{
    public static YearCoverage For(ItaCatalogue catalogue, IReadOnlyList<ItaEvidence> evidence, FiscalCalendar calendar)
    {
        var items = catalogue.Items.Select(item =>
        {
            var window = calendar.Window(item.Period, catalogue.Year);
            var matches = evidence
                .Where(e => e.Code == item.Code && e.AppliesTo(catalogue.Year))
                .Select(e => new EvidenceMatch(e, IsInPeriod(e, window)))
                .OrderByDescending(m => m.InPeriod)
                .ThenByDescending(m => m.Evidence.Dates.Count == 0 ? DateOnly.MaxValue : m.Evidence.Dates[^1])
                .ThenBy(m => m.Evidence.Location.Path, StringComparer.Ordinal)
                .ThenBy(m => m.Evidence.Location.Line)
                .ToList();
            return new ItemCoverage(item, StateOf(matches), window, matches);
        }).ToList();
        var states = items.ToDictionary(i => i.Item.Code, i => i.State, StringComparer.Ordinal);
        return new YearCoverage(catalogue, items, ItaScoring.Score(catalogue, states));
    }

    /// <summary>Undated evidence, or evidence for an item of any period, is always in period; dated evidence needs one date inside.</summary>
    public static bool IsInPeriod(ItaEvidence evidence, DateRange? window) =>
        window is null || evidence.Dates.Count == 0 || evidence.Dates.Any(window.Contains);

    private static ItemState StateOf(IReadOnlyList<EvidenceMatch> matches) =>
        matches.Count == 0 ? ItemState.Missing
        : matches.Any(m => m.InPeriod) ? ItemState.Present
        : ItemState.Stale;
}
