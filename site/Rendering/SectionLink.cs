using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>A content kind's listing page as the menu and the search page link to it.</summary>
/// <param name="LongLabel">The fuller name, where there is room (the search page's list of sections).</param>
public sealed record SectionLink(Func<Language, string> Route, BilingualText Label, BilingualText? LongLabel = null)
{
    public string UrlIn(Language language) => Route(language);

    public string LabelIn(Language language) => Label.For(language);

    public string LongLabelIn(Language language) => (LongLabel ?? Label).For(language);
}
