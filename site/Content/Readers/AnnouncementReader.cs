using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

public sealed class AnnouncementReader : IDocumentReader
{
    public string Folder => "announcements";

    public string SlugOf(string fileStem) => FileNamePrefixes.WithoutDate(fileStem);

    public ContentDocument? Read(DocumentContext context)
    {
        var fields = context.Fields;
        var header = context.ReadHeader();
        var date = fields.Date("date", required: true);
        var kind = fields.Choice("kind", required: true, AnnouncementKindNames.ByKey);
        var expires = fields.Date("expires");

        if (date is not null && expires is not null && expires < date)
        {
            fields.ErrorAtKey("expires", $"'expires' ({expires:yyyy-MM-dd}) is before the announcement's date ({date:yyyy-MM-dd})");
        }
        if (header is null || date is null || kind is null)
        {
            return null;
        }
        return new Announcement(header)
        {
            Date = date.Value,
            Kind = kind.Value,
            Expires = expires,
        };
    }
}
