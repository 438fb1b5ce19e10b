using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering.Components;

/// <summary>The <c>lang</c> attribute for text shown on a page of another language (an untranslated Thai original).</summary>
public static class LangAttr
{
    public static string? For(ContentDocument document, Language pageLanguage) =>
        document.Language == pageLanguage ? null : document.Language.Code();
}
