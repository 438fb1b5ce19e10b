using System.Net;
using System.Text.RegularExpressions;

namespace IntegritySite.Site.Model;

/// <summary>Rendered HTML back to a short plain text, for meta descriptions.</summary>
public static partial class PlainText
{
    public const int SummaryChars = 160;

    /// <summary>The first paragraph's text, cut at <see cref="SummaryChars"/> (at a space when there is one near the end); null when there is none.</summary>
    public static string? Summary(string html)
    {
        var paragraph = FirstParagraph().Match(html);
        return paragraph.Success ? Cut(Text(paragraph.Groups[1].Value)) : null;
    }

    public static string Cut(string text)
    {
        if (text.Length <= SummaryChars)
        {
            return text;
        }
        var space = text.LastIndexOf(' ', SummaryChars - 1, 40);
        return text[..(space > 0 ? space : SummaryChars - 1)].TrimEnd() + "…";
    }

    /// <summary>The text of an HTML fragment: tags dropped, entities decoded, white space folded.</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<p[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex FirstParagraph();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
