namespace IntegritySite.Site.Model;

public sealed record Page : ContentDocument
{
    public Page(DocumentHeader header) : base(header)
    {
    }

    public required PageLayout Layout { get; init; }

    /// <summary>Position in the main menu; null keeps the page out of the menu.</summary>
    public int? Order { get; init; }

    /// <summary>A short label for the menu (a phone has room for few words); the title when not given.</summary>
    public string? MenuTitle { get; init; }

    public string MenuLabel => MenuTitle ?? Title;

    /// <summary>Pages sit at the top of the site (/contact/), so their section is empty.</summary>
    public const string SectionName = "";

    public override string Section => SectionName;

    public override IEnumerable<string> DisagreementsWith(ContentDocument original)
    {
        if (original is Page th && th.Layout != Layout)
        {
            yield return "layout differs from the original";
        }
    }
}
