using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

/// <summary>What a reader gets for one content file: its location, language, slug, front matter and rendered body.</summary>
public sealed record DocumentContext(string Path, Language Language, string Slug, YamlFields Fields, RenderedMarkdown Body);
