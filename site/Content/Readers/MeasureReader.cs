using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

public sealed class MeasureReader : IDocumentReader
{
    public string Folder => "measures";

    public string SlugOf(string fileStem) => FileNamePrefixes.WithoutNumber(fileStem);

    public ContentDocument? Read(DocumentContext context)
    {
        var fields = context.Fields;
        var number = fields.Int("number", required: true, min: 1, max: 999);
        var header = context.ReadHeader();
        var steps = fields.StringList("steps", required: true);
        var responsible = fields.StringList("responsible", required: true);
        var monitoring = fields.String("monitoring");
        var status = fields.Choice("status", required: true, MeasureStatusNames.ByKey);
        var history = ReadHistory(fields, out var evidenceLinks);

        if (status is not null && history.Count > 0 && history[^1].Status != status)
        {
            fields.ErrorAtKey("status", $"'status' is {status.Value.Key()} but the newest history entry ({history[^1].Date:yyyy-MM-dd}) says {history[^1].Status.Key()}; add a history entry for the change or correct 'status'");
        }

        if (number is null || header is null || status is null)
        {
            return null;
        }
        return new Measure(header)
        {
            FrontMatterLinks = evidenceLinks,
            Number = number.Value,
            Steps = steps,
            Responsible = responsible,
            Monitoring = monitoring,
            Status = status.Value,
            History = history,
        };
    }

    private static List<HistoryEntry> ReadHistory(YamlFields fields, out List<SourceLink> evidenceLinks)
    {
        var history = new List<HistoryEntry>();
        evidenceLinks = [];
        DateOnly? previous = null;
        foreach (var entry in fields.MappingList("history"))
        {
            var date = entry.Date("date", required: true);
            var status = entry.Choice("status", required: true, MeasureStatusNames.ByKey);
            var note = entry.String("note");
            var evidence = entry.StringList("evidence");
            entry.ReportUnknownKeys();

            var (line, column) = entry.LocationOf("evidence");
            evidenceLinks.AddRange(evidence.Select(url => new SourceLink(url, entry.Path, line, column)));

            if (date is not null && previous is not null && date < previous)
            {
                entry.ErrorAtKey("date", $"history entries must be oldest first: {date:yyyy-MM-dd} comes after {previous:yyyy-MM-dd}");
            }
            previous = date ?? previous;
            if (date is not null && status is not null)
            {
                history.Add(new HistoryEntry(date.Value, status.Value, note, evidence));
            }
        }
        return history;
    }
}
