using AngleSharp.Html.Dom;

namespace IntegritySite.Site.Checks;

/// <summary>What the link check needs of a finished page: the ids it can be linked to, and the addresses it links to
/// (a[href], stylesheet and icon link[href], img[src]). Kept instead of the page's DOM, so a build (and `serve`
/// between edits) holds a few strings per page, not a document tree.</summary>
public sealed record PageAnchors(IReadOnlySet<string> Ids, IReadOnlyList<string> Links)
{
    public static PageAnchors Of(IHtmlDocument dom)
    {
        var ids = dom.QuerySelectorAll("[id]").Select(e => e.Id!)
            .Concat(dom.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
        var links = dom.QuerySelectorAll("a[href]").Select(e => e.GetAttribute("href")!)
            .Concat(dom.QuerySelectorAll("link[href]").Where(e => e.GetAttribute("rel") is "stylesheet" or "icon").Select(e => e.GetAttribute("href")!))
            .Concat(dom.QuerySelectorAll("img[src]").Select(e => e.GetAttribute("src")!))
            .Where(href => !string.IsNullOrWhiteSpace(href))
            .ToList();
        return new PageAnchors(ids, links);
    }
}
