namespace IntegritySite.Site.Ita;

/// <summary>One piece of evidence for an item, and whether its date falls in the item's period.</summary>
public sealed record EvidenceMatch(ItaEvidence Evidence, bool InPeriod);

/// <param name="MissingElements">What the item requires and none of its evidence in period shows (empty unless <see cref="ItemState.Partial"/>).</param>
public sealed record ItemCoverage(ItaItem Item, ItemState State, DateRange? Window, IReadOnlyList<EvidenceMatch> Evidence)
{
    public IReadOnlyList<EvidenceElement> MissingElements { get; init; } = [];

    /// <summary>Where the evidence that counts starts (the first in period): what a partial item's messages point at.</summary>
    public SourceLocation? InPeriodAt => Evidence.FirstOrDefault(m => m.InPeriod)?.Evidence.Location;
}

/// <summary>Every item of one published year with its state, and the scores they project.</summary>
public sealed record YearCoverage(ItaCatalogue Catalogue, IReadOnlyList<ItemCoverage> Items, ItaScore Score)
{
    public int Year => Catalogue.Year;

    public ItemCoverage this[string code] => Items.First(i => i.Item.Code == code);
}
