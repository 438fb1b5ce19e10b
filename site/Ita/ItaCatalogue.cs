using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>The OIT items of one assessment year (input/ita/YYYY.yml), as read: immutable data, never code.</summary>
/// <param name="Sources">Where the list was taken from (the NACC manual, or the pages it was rebuilt from).</param>
public sealed record ItaCatalogue(int Year, LocalizedText Title, IReadOnlyList<ItaIndicator> Indicators, IReadOnlyList<ItaItem> Items, string SourcePath)
{
    public IReadOnlyList<string> Sources { get; init; } = [];

    public IEnumerable<ItaItem> ItemsOf(ItaSubIndicator subIndicator) =>
        Items.Where(i => i.SubIndicator == subIndicator.Code);

    public bool Contains(string code) => Items.Any(i => i.Code == code);

    public ItaItem? Item(string code) => Items.FirstOrDefault(i => i.Code == code);

    /// <summary>2563–2565 write item codes with a small o (o42), 2566 on with a capital O (O42).</summary>
    public char CodeLetter => Items.Count > 0 ? Items[0].Code[0] : (Year < 2566 ? 'o' : 'O');

    public bool HasUncertainItems => Items.Any(i => i.Uncertain);
}

/// <param name="Weight">Its share in the OIT score relative to the other indicators (the 2564 model: equal, 1).</param>
public sealed record ItaIndicator(string Code, LocalizedText Title, IReadOnlyList<ItaSubIndicator> SubIndicators, decimal Weight = 1m);

/// <param name="Weight">Its share in its indicator's score relative to the other sub-indicators (the 2564 model: equal, 1).</param>
public sealed record ItaSubIndicator(string Code, LocalizedText Title, decimal Weight = 1m);

/// <param name="Elements">What the evidence must contain (<see cref="EvidenceElements"/> keys) where the site can know it.</param>
/// <param name="Uncertain">The title or criterion is reconstructed and not yet checked against the NACC manual.</param>
public sealed record ItaItem(
    string Code, string SubIndicator, LocalizedText Title, LocalizedText Evidence, ItaPeriod Period, bool Uncertain, string? Note,
    SourceLocation Location)
{
    public IReadOnlyList<string> Elements { get; init; } = [];
}
