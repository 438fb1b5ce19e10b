namespace IntegritySite.Core.Text;

public enum Language
{
    Th,
    En,
}

public static class LanguageExtensions
{
    /// <summary>The one place a value is chosen by language: the Thai one for Thai, the English one otherwise.</summary>
    public static T Pick<T>(this Language language, T th, T en) => language == Language.Th ? th : en;

    public static string Code(this Language language) => language.Pick("th", "en");

    /// <summary>The URL prefix of a language: Thai is the site root, English lives under <c>/en/</c>.</summary>
    public static string UrlPrefix(this Language language) => language.Pick("/", "/en/");

    public static Language Other(this Language language) => language.Pick(Language.En, Language.Th);

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
