namespace IntegritySite.Site.Ita;

public sealed record SubIndicatorScore(ItaSubIndicator SubIndicator, int Items, int Present, int Partial, int Stale, int Missing, decimal Score);

public sealed record IndicatorScore(ItaIndicator Indicator, IReadOnlyList<SubIndicatorScore> SubIndicators, decimal Score);

public sealed record ItaScore(IReadOnlyList<IndicatorScore> Indicators, decimal Oit);

/// <summary>
/// The OIT scoring model (ita-oit.md), which reproduces the published 2564 rows: an item present scores 1 (partial,
/// stale and missing score 0); a sub-indicator is the share of its items present; an indicator is the mean of its
/// sub-indicators; OIT is the mean of the indicators (9 and 10). Means are weighted by the catalogue's <c>weight</c>s,
/// equal unless a year's data says otherwise. Scores are 0–100 and kept exact; <see cref="Round"/> is for showing them.
/// </summary>
public static class ItaScoring
{
    public static ItaScore Score(ItaCatalogue catalogue, IReadOnlyDictionary<string, ItemState> states)
    {
        var indicators = catalogue.Indicators.Select(indicator =>
        {
            var subs = indicator.SubIndicators.Select(sub => SubIndicator(sub, catalogue.ItemsOf(sub).Select(i => StateOf(i, states)).ToList())).ToList();
            return new IndicatorScore(indicator, subs, Mean(subs.Select(s => (s.Score, s.SubIndicator.Weight))));
        }).ToList();
        return new ItaScore(indicators, Mean(indicators.Select(i => (i.Score, i.Indicator.Weight))));
    }

    /// <summary>Two decimals, as the NACC publishes them (97.777… → 97.78).</summary>
    public static decimal Round(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);

    /// <summary>A score as the assessment publishes it: two decimals, e.g. 18.75.</summary>
    public static string Display(decimal score) => Round(score).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static SubIndicatorScore SubIndicator(ItaSubIndicator sub, IReadOnlyList<ItemState> states)
    {
        var present = states.Count(s => s == ItemState.Present);
        var partial = states.Count(s => s == ItemState.Partial);
        var stale = states.Count(s => s == ItemState.Stale);
        var score = states.Count == 0 ? 0m : 100m * present / states.Count;
        return new SubIndicatorScore(sub, states.Count, present, partial, stale, states.Count - present - partial - stale, score);
    }

    private static ItemState StateOf(ItaItem item, IReadOnlyDictionary<string, ItemState> states) =>
        states.TryGetValue(item.Code, out var state) ? state : ItemState.Missing;

    private static decimal Mean(IEnumerable<(decimal Value, decimal Weight)> values)
    {
        var list = values.ToList();
        var weights = list.Sum(v => v.Weight);
        return weights == 0 ? 0m : list.Sum(v => v.Value * v.Weight) / weights;
    }
}
