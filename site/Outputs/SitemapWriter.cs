using IntegritySite.Site.Rendering;
using System.Xml.Linq;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Outputs;

/// <summary>sitemap.xml with every HTML page (except 404) and the language alternates of each.</summary>
public static class SitemapWriter
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static OutputFile Write(SiteConfig config, IEnumerable<RenderedPage> pages)
    {
        var urls = pages.Where(p => p.InSitemap).OrderBy(p => p.Url, StringComparer.Ordinal).Select(page =>
            new XElement(Ns + "url",
                new XElement(Ns + "loc", config.Absolute(page.Url)),
                page.Translations.Count > 1
                    ? page.Translations.OrderBy(t => t.Key).Select(t => new XElement(Xhtml + "link",
                        new XAttribute("rel", "alternate"),
                        new XAttribute("hreflang", t.Key.Code()),
                        new XAttribute("href", config.Absolute(t.Value))))
                    : null));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        return OutputFile.Text("sitemap.xml", document.Declaration + "\n" + document.Root + "\n");
    }

    public static OutputFile Robots(SiteConfig config) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nDisallow: /api/\nDisallow: {SiteHeaders.AdminPath}\n\nSitemap: {config.Absolute("sitemap.xml")}\n");
}
