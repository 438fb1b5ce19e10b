using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>The OIT items of one assessment year (input/ita/YYYY.yml), as read: immutable data, never code.</summary>
public sealed record ItaCatalogue(int Year, LocalizedText Title, IReadOnlyList<ItaIndicator> Indicators, IReadOnlyList<ItaItem> Items, string SourcePath)
{
    public IEnumerable<ItaItem> ItemsOf(ItaSubIndicator subIndicator) =>
        Items.Where(i => i.SubIndicator == subIndicator.Code);

    public bool Contains(string code) => Items.Any(i => i.Code == code);
}

public sealed record ItaIndicator(string Code, LocalizedText Title, IReadOnlyList<ItaSubIndicator> SubIndicators);

public sealed record ItaSubIndicator(string Code, LocalizedText Title);

/// <param name="Uncertain">The title or criterion is reconstructed and not yet checked against the NACC manual.</param>
public sealed record ItaItem(
    string Code, string SubIndicator, LocalizedText Title, LocalizedText Evidence, ItaPeriod Period, bool Uncertain, string? Note,
    SourceLocation Location);
