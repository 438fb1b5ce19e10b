using IntegritySite.Site.Rendering;
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

    /// <param name="pages">Every finished page with its ids and links.</param>
    public static void Check(IReadOnlyList<FinishedPage> pages, IReadOnlyCollection<string> otherFiles, DiagnosticBag diagnostics)
    {
        var idsByUrl = pages.ToDictionary(p => p.Page.Url, p => p.Anchors.Ids, StringComparer.Ordinal);
        var files = otherFiles.Select(f => "/" + f).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            Check(page, idsByUrl, files, diagnostics);
        }
    }

    /// <summary>One page's links against every page's ids and the other files' paths.</summary>
    public static void Check(FinishedPage page, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByUrl, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var href in page.Anchors.Links)
        {
            var problem = Problem(page.Page.Url, href, idsByUrl, files);
            if (problem is not null)
            {
                Report(page.Page, href, problem, diagnostics);
            }
        }
    }

    private static string? Problem(string fromUrl, string href, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByUrl, IReadOnlySet<string> files)
    {
        if (!(TryPlainTarget(fromUrl, href, out var path, out var fragment) || TryUriTarget(fromUrl, href, out path, out fragment)))
        {
            return null;
        }
        if (ExternalPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return null;
        }

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

    /// <summary>
    /// The common case without <see cref="Uri"/> (a third of the link check's time): a root-relative link or a bare
    /// #anchor, in plain ASCII with no dot segment, escape, query or doubled slash, which resolving would leave as written.
    /// Anything else is left to <see cref="TryUriTarget"/>; a test holds the two to the same answers.
    /// </summary>
    internal static bool TryPlainTarget(string fromUrl, string href, out string path, out string? fragment)
    {
        path = "";
        fragment = null;
        var hash = href.IndexOf('#');
        var linkPath = hash < 0 ? href : href[..hash];
        if (hash == 0 ? !IsPlainPath(fromUrl) : !(linkPath.StartsWith('/') && IsPlainPath(linkPath)))
        {
            return false;
        }
        var anchor = hash < 0 ? "" : href[(hash + 1)..];
        if (anchor.AsSpan().ContainsAnyExcept(PlainChars))
        {
            return false;
        }
        path = hash == 0 ? fromUrl : linkPath;
        fragment = anchor.Length > 0 ? anchor : null;
        return true;
    }

    private static bool IsPlainPath(string path) =>
        path.StartsWith('/') && !path.AsSpan().ContainsAnyExcept(PlainChars)
        && !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/.", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> PlainChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");

    /// <summary>The link resolved as a browser would, against the page's address; false when it leaves the site.</summary>
    internal static bool TryUriTarget(string fromUrl, string href, out string path, out string? fragment)
    {
        path = "";
        fragment = null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return false;
        }
        var resolved = new Uri(new Uri("http://site.invalid" + fromUrl), href);
        if (resolved.Host != "site.invalid")
        {
            return false;
        }
        path = Uri.UnescapeDataString(resolved.AbsolutePath);
        fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : null;
        return true;
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
