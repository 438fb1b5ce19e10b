namespace IntegritySite.Site.Ita;

/// <summary>
/// Whether two builds' ITA coverage would show the same: same catalogues, states, windows, missing elements, evidence
/// (the same documents) and scores. Records compare their lists by reference, so this walks them.
/// </summary>
public static class CoverageEquality
{
    public static bool Same(IReadOnlyList<YearCoverage> a, IReadOnlyList<YearCoverage> b) =>
        a.Count == b.Count && a.Zip(b).All(p => Same(p.First, p.Second));

    private static bool Same(YearCoverage a, YearCoverage b) =>
        a.Catalogue == b.Catalogue
        && Same(a.Score, b.Score)
        && a.Items.Count == b.Items.Count
        && a.Items.Zip(b.Items).All(p => Same(p.First, p.Second));

    private static bool Same(ItaScore a, ItaScore b) =>
        a.Oit == b.Oit
        && a.Indicators.Count == b.Indicators.Count
        && a.Indicators.Zip(b.Indicators).All(p =>
            p.First.Indicator == p.Second.Indicator && p.First.Score == p.Second.Score && p.First.SubIndicators.SequenceEqual(p.Second.SubIndicators));

    private static bool Same(ItemCoverage a, ItemCoverage b) =>
        a.Item == b.Item
        && a.State == b.State
        && a.Window == b.Window
        && a.MissingElements.SequenceEqual(b.MissingElements)
        && a.Evidence.Count == b.Evidence.Count
        && a.Evidence.Zip(b.Evidence).All(p => p.First.InPeriod == p.Second.InPeriod && Same(p.First.Evidence, p.Second.Evidence));

    private static bool Same(ItaEvidence a, ItaEvidence b) =>
        a.Tag == b.Tag
        && a.Location == b.Location
        && a.Targets.SequenceEqual(b.Targets)
        && a.Dates.SequenceEqual(b.Dates)
        && (a, b) switch
        {
            (PageEvidence x, PageEvidence y) => ReferenceEquals(x.Document, y.Document),
            (LinkEvidence x, LinkEvidence y) => x.Title == y.Title && x.Url == y.Url,
            _ => false,
        };
}
