namespace IntegritySite.Site.Model;

public sealed record RenderedMarkdown(string Html, IReadOnlyList<SourceLink> Links)
{
    public static readonly RenderedMarkdown Empty = new("", []);

    /// <summary>Paragraphs that mark content the page still lacks (<see cref="ContentGap.Markers"/>), at their source line.</summary>
    public IReadOnlyList<ContentGap> Gaps { get; init; } = [];
}

/// <summary>
/// Something a page must show that the municipality has not supplied yet (an e-mail, a map, the signed PDF), written
/// by staff as a paragraph starting with "รอข้อมูล:" (or "Missing:" in English). Readers see it as missing, never as
/// if complete, and <c>check</c> warns about it until it is replaced by the real thing.
/// </summary>
public sealed record ContentGap(string Path, int Line, string Text)
{
    public static readonly IReadOnlyList<string> Markers = ["รอข้อมูล:", "Missing:"];
}
