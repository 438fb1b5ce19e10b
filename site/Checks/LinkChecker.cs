using IntegritySite.Site.Rendering;
using AngleSharp.Html.Dom;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Checks;

/// <summary>
/// Check stage: every internal link and #anchor of every page must lead somewhere. A broken link written in content is
/// reported at the content file's line; one produced by a template is reported against the page.
/// </summary>
public static class LinkChecker
{
    /// <summary>Served by the complaint function app (/api/), or written by pagefind after the build (/pagefind/), not
    /// by the generator's pages.</summary>
    private static readonly string[] ExternalPrefixes = ["/api/", "/pagefind/"];

    /// <param name="pages">Every page with its DOM, parsed once by the pipeline (the Thai line breaks work on it too).</param>
    public static void Check(IReadOnlyList<ParsedPage> pages, IReadOnlyCollection<string> otherFiles, DiagnosticBag diagnostics)
    {
        var idsByUrl = pages.ToDictionary(
            d => d.Page.Url,
            d => d.Dom.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(d.Dom.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var files = otherFiles.Select(f => "/" + f).ToHashSet(StringComparer.Ordinal);

        foreach (var (page, dom) in pages)
        {
            foreach (var (element, attribute) in Targets(dom))
            {
                var href = element.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(href))
                {
                    continue;
                }
                var problem = Problem(page.Url, href, idsByUrl, files);
                if (problem is not null)
                {
                    Report(page, href, problem, diagnostics);
                }
            }
        }
    }

    private static IEnumerable<(AngleSharp.Dom.IElement Element, string Attribute)> Targets(IHtmlDocument dom) =>
        dom.QuerySelectorAll("a[href]").Select(e => (e, "href"))
           .Concat(dom.QuerySelectorAll("link[href]").Where(e => e.GetAttribute("rel") is "stylesheet" or "icon").Select(e => (e, "href")))
           .Concat(dom.QuerySelectorAll("img[src]").Select(e => (e, "src")));

    private static string? Problem(string fromUrl, string href, IReadOnlyDictionary<string, HashSet<string>> idsByUrl, HashSet<string> files)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return null;
        }
        var resolved = new Uri(new Uri("http://site.invalid" + fromUrl), href);
        if (resolved.Host != "site.invalid")
        {
            return null;
        }
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        if (ExternalPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return null;
        }
        var fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : null;

        // /measures/index.html is the file of the page /measures/: the same page, anchors included.
        var pageUrl = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        if (idsByUrl.TryGetValue(pageUrl, out var ids) || idsByUrl.TryGetValue(pageUrl + "/", out ids))
        {
            if (!pageUrl.EndsWith('/') && !pageUrl.EndsWith(".html", StringComparison.Ordinal))
            {
                return $"'{href}' should end with '/' (pages are folders: {path}/)";
            }
            return fragment is null || ids.Contains(fragment) ? null : $"the page {path} has no heading or element with id '{fragment}'";
        }
        return files.Contains(path) ? null : $"there is no page or file at {path}";
    }

    private static void Report(RenderedPage page, string href, string problem, DiagnosticBag diagnostics)
    {
        // Markdig percent-encodes Thai in href, so compare the decoded forms.
        var decoded = Uri.UnescapeDataString(href);
        var written = page.Source?.AllLinks.FirstOrDefault(l => l.Url == href || Uri.UnescapeDataString(l.Url) == decoded);
        if (written is not null)
        {
            diagnostics.Error(written.Path, written.Line, written.Column, $"broken link: {problem}");
        }
        else
        {
            diagnostics.Error(page.Source?.SourcePath ?? $"output{page.Url}", 0, 0, $"broken link '{href}' on {page.Url} (made by a template): {problem}");
        }
    }
}
