namespace IntegritySite.Site.Model;

/// <summary>What every content file has: where it came from, its language, its slug (shared by translations) and title.</summary>
public abstract record ContentDocument
{
    public required string SourcePath { get; init; }
    public required Language Language { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required RenderedMarkdown Body { get; init; }
    public IReadOnlyList<string> Ita { get; init; } = [];

    /// <summary>Links written in front matter (evidence lists), checked like body links.</summary>
    public IReadOnlyList<SourceLink> FrontMatterLinks { get; init; } = [];

    public abstract string Section { get; }

    public IEnumerable<SourceLink> AllLinks => Body.Links.Concat(FrontMatterLinks);
}
