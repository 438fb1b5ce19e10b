using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

public sealed class ReportReader : IDocumentReader
{
    public string Folder => "reports";

    public ContentDocument? Read(DocumentContext context)
    {
        var fields = context.Fields;
        var title = fields.String("title", required: true);
        var date = fields.Date("date", required: true);
        var kind = fields.Choice("kind", required: true, ReportKindNames.ByKey);
        var measuresTable = fields.Bool("measures_table", defaultValue: false);
        var ita = ItaCodes.Read(fields);

        if (title is null || date is null || kind is null)
        {
            return null;
        }
        return new Report
        {
            SourcePath = context.Path,
            Language = context.Language,
            Slug = context.Slug,
            Title = title,
            Body = context.Body,
            Ita = ita,
            Date = date.Value,
            Kind = kind.Value,
            MeasuresTable = measuresTable,
        };
    }
}
