namespace IntegritySite.Site.Model;

public sealed record RenderedMarkdown(string Html, IReadOnlyList<SourceLink> Links)
{
    public static readonly RenderedMarkdown Empty = new("", []);
}
