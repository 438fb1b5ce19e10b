using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

public sealed class ReportReader : IDocumentReader
{
    public string Folder => "reports";

    public string SlugOf(string fileStem) => FileNamePrefixes.WithoutDate(fileStem);

    public ContentDocument? Read(DocumentContext context)
    {
        var fields = context.Fields;
        var header = context.ReadHeader();
        var date = fields.Date("date", required: true);
        var kind = fields.Choice("kind", required: true, ReportKindNames.ByKey);
        var measuresTable = fields.Bool("measures_table", defaultValue: false);

        if (header is null || date is null || kind is null)
        {
            return null;
        }
        return new Report(header)
        {
            Date = date.Value,
            Kind = kind.Value,
            MeasuresTable = measuresTable,
        };
    }
}
