namespace IntegritySite.Site.Ita;

/// <summary>The time an item's evidence must cover, relative to the assessment's fiscal year.</summary>
public enum ItaPeriod
{
    Any,
    CurrentFiscalYear,
    PreviousFiscalYear,
    FirstHalfCurrentFiscalYear,
}

public static class ItaPeriodNames
{
    public static readonly IReadOnlyDictionary<string, ItaPeriod> ByKey = new Dictionary<string, ItaPeriod>(StringComparer.Ordinal)
    {
        ["any"] = ItaPeriod.Any,
        ["current-fiscal-year"] = ItaPeriod.CurrentFiscalYear,
        ["previous-fiscal-year"] = ItaPeriod.PreviousFiscalYear,
        ["first-half-current-fiscal-year"] = ItaPeriod.FirstHalfCurrentFiscalYear,
    };

    public static string Key(this ItaPeriod period) => ByKey.First(kv => kv.Value == period).Key;
}
