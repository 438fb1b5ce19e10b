using AngleSharp.Html.Dom;
using IntegritySite.Site.Typography;

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
            .Concat(dom.QuerySelectorAll("link[href]").Where(e => IsChecked(e.GetAttribute("rel"))).Select(e => e.GetAttribute("href")!))
            .Concat(dom.QuerySelectorAll("img[src]").Select(e => e.GetAttribute("src")!))
            .Where(IsAddress)
            .ToList();
        return new PageAnchors(ids, links);
    }

    private static bool IsChecked(string? rel) => rel is "stylesheet" or "icon";

    private static bool IsAddress(string href) => !string.IsNullOrWhiteSpace(href);

    /// <summary>The same, taken from start tags in document order (<see cref="GeneratedHtml"/>), in the same order.</summary>
    internal sealed class Collector
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _anchors = [];
        private readonly List<string> _stylesheets = [];
        private readonly List<string> _images = [];

        /// <summary>False for an a, link or img in SVG or MathML, which the HTML parser reads its own way: the caller
        /// should read such a page with a DOM.</summary>
        public bool Add(string element, GeneratedHtml tag, bool inForeignContent)
        {
            if (tag.Attribute("id") is { } id)
            {
                _ids.Add(id);
            }
            switch (element)
            {
                case "a" or "link" or "img" when inForeignContent:
                    return false;
                case "a":
                    if (tag.Attribute("name") is { } name)
                    {
                        _ids.Add(name);
                    }
                    AddIfAddress(_anchors, tag.Attribute("href"));
                    break;
                case "link" when IsChecked(tag.Attribute("rel")):
                    AddIfAddress(_stylesheets, tag.Attribute("href"));
                    break;
                case "img":
                    AddIfAddress(_images, tag.Attribute("src"));
                    break;
            }
            return true;
        }

        private static void AddIfAddress(List<string> into, string? href)
        {
            if (href is not null && IsAddress(href))
            {
                into.Add(href);
            }
        }

        public PageAnchors ToAnchors() => new(_ids, [.. _anchors, .. _stylesheets, .. _images]);
    }
}
