using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>Makes the <see cref="PageView"/> of every page of one build; what the pages share is worked out once here.</summary>
/// <param name="sections">The content kinds' listing pages, in menu order (from Pipeline/Kinds).</param>
public sealed class PageViews(SiteModel site, IReadOnlyList<SectionLink> sections)
{
    private readonly IReadOnlyDictionary<string, ContentDocument> _byUrl = Routes.ByUrl(site.Documents);

    public SiteModel Site => site;

    /// <param name="reads">Records what the page reads of the site while it renders (incremental builds); null: nothing recorded.</param>
    public PageView For(Language language, string url, IReadOnlyDictionary<Language, string> translations, SiteReads? reads = null) =>
        new(reads is null ? site : site.ReadBy(reads), language, url, translations, _byUrl, sections);

    /// <summary>The document at a site address, if any (what <see cref="PageView.LinkText"/> shows).</summary>
    public ContentDocument? DocumentAt(string url) => _byUrl.GetValueOrDefault(url);
}
