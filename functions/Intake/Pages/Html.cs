using System.Text;

namespace IntegritySite.Intake.Pages;

/// <summary>Minimal HTML escaping and the shared page frame (no scripts, no inline styles).</summary>
public static class Html
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Multi-line user text as paragraphs-safe markup (line breaks kept).</summary>
    public static string MultiLine(string text) => Encode(text).Replace("\r\n", "\n").Replace("\n", "<br>");

    /// <summary>
    /// A text in the page's language, then the other language marked with its <c>lang</c>: Thai pages Thai first,
    /// English pages English first. The arguments are markup (encode user text before).
    /// </summary>
    public static string Pair(Language language, string th, string en, string tag = "p", string attributes = "") =>
        $"<{tag}{attributes}>{language.Pick(th, en)}</{tag}>\n<{tag}{attributes} lang=\"{language.Other().Code()}\">{language.Pick(en, th)}</{tag}>\n";

    /// <summary>The same within a line: the page's language, then the other in a span.</summary>
    public static string Inline(Language language, string th, string en) =>
        $"{language.Pick(th, en)} <span lang=\"{language.Other().Code()}\">{language.Pick(en, th)}</span>";

    public static string Inline(Language language, BilingualText text) => Inline(language, Encode(text.Th), Encode(text.En));

    /// <summary>
    /// The document start of every page the intake or the officer desk serves, through &lt;/head&gt;: not indexed, no
    /// referrer beyond <paramref name="referrer"/>. <paramref name="title"/> is plain text; <paramref name="links"/> markup.
    /// </summary>
    public static string Head(Language language, string title, string links, string referrer = "no-referrer") => $"""
        <!DOCTYPE html>
        <html lang="{language.Code()}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="{referrer}">
        <meta name="robots" content="noindex, nofollow">
        <title>{Encode(title)}</title>
        {links}
        </head>
        """;

    public static string Page(Language language, string titleTh, string titleEn, string main)
    {
        return $"""
            {Head(language, $"{language.Pick(titleTh, titleEn)} | {language.Pick(titleEn, titleTh)}", "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">")}
            <body>
            <a class="skip-link" href="#main">{Inline(language, "ข้ามไปยังเนื้อหา", "Skip to content")}</a>
            <header class="site-header">
            <div class="wrap site-header__bar"><a class="site-name" href="{language.UrlPrefix()}">{Inline(language, "หน้าแรก", "Home")}</a></div>
            </header>
            <main id="main" class="wrap intake-result" tabindex="-1">
            <h1>{Inline(language, Encode(titleTh), Encode(titleEn))}</h1>
            {main}
            </main>
            </body>
            </html>

            """;
    }

    /// <summary>The hidden field that keeps the next page in this language.</summary>
    public static string LanguageField(Language language) => $"<input type=\"hidden\" name=\"{FieldNames.Lang}\" value=\"{language.Code()}\">";
}
