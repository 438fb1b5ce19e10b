using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

/// <summary>The front-matter keys a reader reads, found by running it on recording fields (<see cref="YamlFields.Recording"/>).</summary>
public static class ReaderSchema
{
    public static IReadOnlyList<FieldSpec> Of(IDocumentReader reader)
    {
        var schema = new FieldSchema();
        var path = $"{reader.Folder}/schema.th.md";
        reader.Read(new DocumentContext(path, Language.Th, "schema", YamlFields.Recording(path, schema), RenderedMarkdown.Empty));
        return schema.Fields;
    }
}
