using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

public sealed class PageReader : IDocumentReader
{
    public string Folder => "pages";

    public ContentDocument? Read(DocumentContext context)
    {
        var fields = context.Fields;
        var title = fields.String("title", required: true);
        var layout = fields.Has("layout") ? fields.Choice("layout", required: true, PageLayoutNames.ByKey) : PageLayout.Page;
        var order = fields.Int("order", required: false, min: 0, max: 1000);
        var menuTitle = fields.String("menu_title");
        var ita = ItaCodes.Read(fields);

        if (title is null || layout is null)
        {
            return null;
        }
        return new Page
        {
            SourcePath = context.Path,
            Language = context.Language,
            Slug = context.Slug,
            Title = title,
            Body = context.Body,
            Ita = ita,
            Layout = layout.Value,
            Order = order,
            MenuTitle = menuTitle,
        };
    }
}
