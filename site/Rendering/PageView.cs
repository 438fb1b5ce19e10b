using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>What every page template knows: the site, the page's language and address, and its translations.</summary>
/// <param name="DocumentsByUrl">Every document by its address, built once per build (see <see cref="PageViews"/>).</param>
/// <param name="Sections">The content kinds' listing pages, in menu order.</param>
public sealed record PageView(
    SiteModel Site, Language Language, string Url, IReadOnlyDictionary<Language, string> Translations,
    IReadOnlyDictionary<string, ContentDocument> DocumentsByUrl, IReadOnlyList<SectionLink> Sections)
{
    /// <summary>A fixed word of the templates in this page's language (the words: <c>SiteWords</c>, <c>FrameWords</c>).</summary>
    public string T(BilingualText text) => text.For(Language);

    public SiteConfig Config => Site.Config;

    public string Lang => Language.Code();

    public string Absolute(string url) => Config.Absolute(url);

    public bool IsCurrent(string url) => string.Equals(url, Url, StringComparison.Ordinal);

    /// <summary>The same page in the other language when it exists, else that language's home page.</summary>
    public (string Url, bool IsTranslation) OtherLanguage
    {
        get
        {
            var other = Language.Other();
            return Translations.TryGetValue(other, out var url) ? (url, true) : (Routes.Home(other), false);
        }
    }

    /// <summary>The title of the page a site path leads to, or the address itself for anything else.</summary>
    public string LinkText(string url)
    {
        Site.Record(SiteRead.Address(url));
        return DocumentsByUrl.TryGetValue(url, out var target) ? (Site.TranslationOf(target, Language) ?? target).Title : url;
    }

    public bool HasOtherLanguage => Site.Languages.Contains(Language.Other());
}
