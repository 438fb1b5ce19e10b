using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>Makes the <see cref="PageView"/> of every page of one build; what the pages share is worked out once here.</summary>
/// <param name="sections">The content kinds' listing pages, in menu order (from Pipeline/Kinds).</param>
public sealed class PageViews(SiteModel site, IReadOnlyList<SectionLink> sections)
{
    private readonly IReadOnlyDictionary<string, ContentDocument> _byUrl = Routes.ByUrl(site.Documents);

    public SiteModel Site => site;

    public PageView For(Language language, string url, IReadOnlyDictionary<Language, string> translations) =>
        new(site, language, url, translations, _byUrl, sections);
}
