using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Ita;

/// <summary>Where a piece of evidence is on the site, and what it is called, in a language.</summary>
public static class EvidenceLinks
{
    public static string Url(ItaEvidence evidence, SiteModel site, Language language) => evidence switch
    {
        PageEvidence page => Routes.Of(site.TranslationOf(page.Document, language) ?? page.Document),
        LinkEvidence link => link.Url,
        _ => throw new InvalidOperationException($"unknown evidence {evidence.GetType().Name}"),
    };

    public static string AbsoluteUrl(ItaEvidence evidence, SiteModel site)
    {
        var url = Url(evidence, site, Language.Th);
        return url.StartsWith('/') ? site.Config.Absolute(url) : url;
    }

    public static LocalizedText Title(ItaEvidence evidence, SiteModel site) => evidence switch
    {
        PageEvidence page => new LocalizedText(page.Document.Title, site.TranslationOf(page.Document, Language.En)?.Title),
        LinkEvidence link => link.Title,
        _ => throw new InvalidOperationException($"unknown evidence {evidence.GetType().Name}"),
    };

    /// <summary>The language the title is written in on a page of <paramref name="language"/>, when it differs.</summary>
    public static string? LangAttribute(ItaEvidence evidence, SiteModel site, Language language) => evidence switch
    {
        PageEvidence page => (site.TranslationOf(page.Document, language) ?? page.Document).Language == language ? null : Language.Th.Code(),
        LinkEvidence link => language == Language.En && string.IsNullOrEmpty(link.Title.En) ? Language.Th.Code() : null,
        _ => null,
    };
}
