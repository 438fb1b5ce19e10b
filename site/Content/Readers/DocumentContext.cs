using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

/// <summary>What a reader gets for one content file: its location, language, slug, front matter and rendered body.</summary>
public sealed record DocumentContext(string Path, Language Language, string Slug, YamlFields Fields, RenderedMarkdown Body)
{
    /// <summary>Reads what every kind has (title, ITA items); null when the title is missing (the error is reported).</summary>
    public DocumentHeader? ReadHeader()
    {
        var title = Fields.String("title", required: true);
        var ita = ItaTagList.Read(Fields);
        return title is null ? null : new DocumentHeader(Path, Language, Slug, title, Body, ita) { ItaLine = ita.Count > 0 ? Fields.LocationOf("ita").Line : 0 };
    }
}
