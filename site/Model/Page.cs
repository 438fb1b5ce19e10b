namespace IntegritySite.Site.Model;

public sealed record Page : ContentDocument
{
    public required PageLayout Layout { get; init; }

    /// <summary>Position in the main menu; null keeps the page out of the menu.</summary>
    public int? Order { get; init; }

    public override string Section => "";
}
