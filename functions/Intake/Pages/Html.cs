using System.Text;

namespace IntegritySite.Intake.Pages;

/// <summary>Minimal HTML escaping and the shared page frame (no scripts, no inline styles).</summary>
internal static class Html
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

    public static string Page(string titleTh, string titleEn, string main)
    {
        return $"""
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta name="robots" content="noindex, nofollow">
            <title>{Encode(titleTh)} | {Encode(titleEn)}</title>
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body>
            <a class="skip-link" href="#main">ข้ามไปยังเนื้อหา <span lang="en">Skip to content</span></a>
            <header class="site-header">
            <div class="wrap site-header__bar"><a class="site-name" href="/">หน้าแรก <span lang="en">Home</span></a></div>
            </header>
            <main id="main" class="wrap intake-result" tabindex="-1">
            <h1>{Encode(titleTh)} <span lang="en">{Encode(titleEn)}</span></h1>
            {main}
            </main>
            </body>
            </html>

            """;
    }
}
