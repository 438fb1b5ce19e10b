using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

public sealed class AnnouncementReader : IDocumentReader
{
    public string Folder => "announcements";

    public ContentDocument? Read(DocumentContext context)
    {
        var fields = context.Fields;
        var title = fields.String("title", required: true);
        var date = fields.Date("date", required: true);
        var kind = fields.Choice("kind", required: true, AnnouncementKindNames.ByKey);
        var expires = fields.Date("expires");
        var ita = ItaCodes.Read(fields);

        if (date is not null && expires is not null && expires < date)
        {
            fields.ErrorAtKey("expires", $"'expires' ({expires:yyyy-MM-dd}) is before the announcement's date ({date:yyyy-MM-dd})");
        }
        if (title is null || date is null || kind is null)
        {
            return null;
        }
        return new Announcement
        {
            SourcePath = context.Path,
            Language = context.Language,
            Slug = context.Slug,
            Title = title,
            Body = context.Body,
            Ita = ita,
            Date = date.Value,
            Kind = kind.Value,
            Expires = expires,
        };
    }
}
