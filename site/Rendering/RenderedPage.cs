using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>An HTML page with what the later stages need: its address, its source (for located link errors), its translations.</summary>
public sealed record RenderedPage(string Url, string Html, ContentDocument? Source, IReadOnlyDictionary<Language, string> Translations, bool InSitemap = true)
{
    public string FilePath => Model.Routes.FileOf(Url);
}
