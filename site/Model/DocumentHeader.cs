namespace IntegritySite.Site.Model;

/// <summary>What every content file has: where it came from, its language, its slug (shared by translations), title, body and ITA items.</summary>
public sealed record DocumentHeader(string SourcePath, Language Language, string Slug, string Title, RenderedMarkdown Body, IReadOnlyList<string> Ita);
