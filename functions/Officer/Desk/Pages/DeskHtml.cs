using System.Text;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>
/// The desk's page frame: Thai first with English beside it (the officer's language is Thai; English for the
/// deputy or an auditor), one stylesheet from the desk itself, no script, and a form token on every form.
/// </summary>
internal static class DeskHtml
{
    /// <summary>The form field carrying the form token (checked by DeskAccess).</summary>
    public const string CsrfFieldName = "form_token";

    /// <summary>Text as HTML: the five characters that matter escaped, Thai kept as text.</summary>
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

    /// <summary>Thai, then English in a span marked lang="en". Arguments are plain text.</summary>
    public static string Both(string th, string en) => $"{Encode(th)} <span lang=\"en\">{Encode(en)}</span>";

    public static string Both(BilingualText text) => Both(text.Th, text.En);

    /// <summary>A day as "16 ธ.ค. 2569" with the ISO day for the English reader.</summary>
    public static string Day(string isoDay) =>
        BangkokDate.TryParse(isoDay) is { } day
            ? $"<time datetime=\"{Encode(isoDay)}\">{Encode(ThaiDate.Thai(day))} <span lang=\"en\">{Encode(ThaiDate.English(day))}</span></time>"
            : Encode(isoDay);

    /// <summary>The 7-working-day day for asking the reporter for missing facts, marked when the holiday lists make it an estimate.</summary>
    public static string FactsNotice(string isoDay, bool estimated) =>
        Day(isoDay) + (estimated ? $" <small>{Both("(ประมาณ: รายการวันหยุดยังไม่ครบ)", "(estimate: holiday list incomplete)")}</small>" : "");

    public static string CsrfField(string csrf) => $"<input type=\"hidden\" name=\"{CsrfFieldName}\" value=\"{Encode(csrf)}\">";

    public static string Notice(string th, string en, string kind = "notice") =>
        $"<div class=\"{kind}\" role=\"{(kind == "error" ? "alert" : "status")}\"><p>{Both(th, en)}</p></div>\n";

    public static string Page(string titleTh, string titleEn, string main, string csrf, bool unlocked)
    {
        var nav = unlocked
            ? $"""
              <nav aria-label="เมนู Menu"><ul>
              <li><a href="/">{Both("กล่องเรื่อง", "Inbox")}</a></li>
              <li><a href="/statistics">{Both("สถิติ", "Statistics")}</a></li>
              <li><a href="/purge">{Both("ลบเมื่อพ้นระยะเก็บ", "Retention purge")}</a></li>
              <li><a href="/rewrap">{Both("เพิ่มเจ้าหน้าที่ให้อ่านเรื่องเก่า", "Give a new officer access")}</a></li>
              </ul>
              <form method="post" action="/lock">{CsrfField(csrf)}<button type="submit" class="secondary">{Both("ล็อกกุญแจ", "Lock keys")}</button></form>
              </nav>
              """
            : "";
        return $"""
            <!DOCTYPE html>
            <html lang="th">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="same-origin">
            <meta name="robots" content="noindex, nofollow">
            <title>{Encode($"{titleTh} | {titleEn} | โต๊ะทำงานเจ้าหน้าที่ Officer desk")}</title>
            <link rel="stylesheet" href="/desk.css">
            </head>
            <body>
            <a class="skip-link" href="#main">{Both("ข้ามไปยังเนื้อหา", "Skip to content")}</a>
            <header>
            <p class="desk-name">{Both("โต๊ะทำงานเจ้าหน้าที่รับเรื่องร้องเรียนการทุจริต", "Corruption-complaint officer desk")}</p>
            {nav}
            </header>
            <main id="main" tabindex="-1">
            <h1>{Both(titleTh, titleEn)}</h1>
            {main}
            </main>
            <footer><p>{Both("ถอดรหัสบนเครื่องนี้เท่านั้น ไม่มีข้อความที่ถอดรหัสแล้วถูกบันทึกลงดิสก์", "Decrypted on this computer only; nothing decrypted is written to disk.")}</p></footer>
            </body>
            </html>

            """;
    }
}
