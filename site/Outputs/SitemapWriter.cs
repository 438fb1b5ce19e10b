using IntegritySite.Site.Rendering;
using System.Text;
using System.Xml;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Outputs;

/// <summary>sitemap.xml with every HTML page (except 404) and the language alternates of each.</summary>
public static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static OutputFile Write(SiteConfig config, IEnumerable<RenderedPage> pages)
    {
        // Written as a stream (XmlWriter), not as a tree: a sitemap has a line per page, thousands on a big site.
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  " }))
        {
            xml.WriteStartElement("urlset", Ns);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var page in pages.Where(p => p.InSitemap).OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, config.Absolute(page.Url));
                if (page.Translations.Count > 1)
                {
                    foreach (var (language, url) in page.Translations.OrderBy(t => t.Key))
                    {
                        xml.WriteStartElement("xhtml", "link", Xhtml);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", language.Code());
                        xml.WriteAttributeString("href", config.Absolute(url));
                        xml.WriteEndElement();
                    }
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return OutputFile.Text("sitemap.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text + "\n");
    }

    public static OutputFile Robots(SiteConfig config) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nDisallow: /api/\nDisallow: {SiteHeaders.AdminPath}\n\nSitemap: {config.Absolute("sitemap.xml")}\n");
}
