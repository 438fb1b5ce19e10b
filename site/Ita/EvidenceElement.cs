using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>
/// One thing an item's evidence must contain (องค์ประกอบด้านข้อมูล) that the site can see for itself, such as the
/// e-mail address on the contact page. <see cref="HowToAdd"/> tells staff what makes it count.
/// </summary>
public sealed record EvidenceElement(string Key, LocalizedText Name, string HowToAdd, Func<ElementContext, bool> IsIn);

/// <summary>The Thai original of one evidence page, as an element check reads it.</summary>
public sealed class ElementContext(ContentDocument document, SiteModel site)
{
    private string? _text;

    public ContentDocument Document => document;

    public SiteModel Site => site;

    /// <summary>The body's text with Thai digits read as 0–9, so "๑๕ วัน" and "15 วัน" are the same.</summary>
    public string Text => _text ??= ThaiDigits(PlainText.Text(document.Body.Html));

    public IEnumerable<string> LinkUrls => document.AllLinks.Select(l => l.Url);

    private static string ThaiDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '๐' and <= '๙' ? (char)('0' + (source[i] - '๐')) : source[i];
            }
        });
}
