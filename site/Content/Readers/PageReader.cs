using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

public sealed class PageReader : IDocumentReader
{
    public string Folder => "pages";

    public ContentDocument? Read(DocumentContext context)
    {
        var fields = context.Fields;
        var header = context.ReadHeader();
        var layout = fields.Has("layout") ? fields.Choice("layout", required: false, PageLayoutNames.ByKey) : PageLayout.Page;
        var order = fields.Int("order", required: false, min: 0, max: 1000);
        var menuTitle = fields.String("menu_title");

        if (header is null || layout is null)
        {
            return null;
        }
        return new Page(header)
        {
            Layout = layout.Value,
            Order = order,
            MenuTitle = menuTitle,
        };
    }
}
