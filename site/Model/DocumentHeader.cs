namespace IntegritySite.Site.Model;

/// <summary>What every content file has: where it came from, its language, its slug (shared by translations), title, body and ITA items.</summary>
public sealed record DocumentHeader(string SourcePath, Language Language, string Slug, string Title, RenderedMarkdown Body, IReadOnlyList<string> Ita)
{
    /// <summary>The front-matter line of <c>ita:</c> (0 when there is none): where ITA messages about this document point.</summary>
    public int ItaLine { get; init; }
}
