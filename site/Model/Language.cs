namespace IntegritySite.Site.Model;

public enum Language
{
    Th,
    En,
}

public static class LanguageExtensions
{
    public static string Code(this Language language) => language == Language.Th ? "th" : "en";

    /// <summary>The URL prefix of a language: Thai is the site root, English lives under <c>/en/</c>.</summary>
    public static string UrlPrefix(this Language language) => language == Language.Th ? "/" : "/en/";

    public static Language Other(this Language language) => language == Language.Th ? Language.En : Language.Th;

    public static bool TryParse(string code, out Language language)
    {
        switch (code)
        {
            case "th": language = Language.Th; return true;
            case "en": language = Language.En; return true;
            default: language = Language.Th; return false;
        }
    }
}
