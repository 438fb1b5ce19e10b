using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Outputs;

/// <summary>The measures as open data: measures.json and measures.csv (UTF-8 with a byte-order mark so Excel shows Thai).</summary>
public static partial class MeasuresOpenData
{
    public sealed record Row(
        int Number, string Slug, string Status, string TitleTh, string? TitleEn, IReadOnlyList<string> StepsTh,
        IReadOnlyList<string> ResponsibleTh, string? MonitoringTh, string? LastUpdate, string UrlTh, string? UrlEn,
        IReadOnlyList<HistoryRow> History);

    public sealed record HistoryRow(string Date, string Status, string? Note, IReadOnlyList<string> Evidence);

    private sealed record Payload(LocalizedText Organisation, IEnumerable<string> Statuses, IReadOnlyList<Row> Measures);

    /// <summary>Serialised by generated code (no reflection), so the native build writes the same file.</summary>
    private static readonly MeasuresJsonContext JsonContext = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    [JsonSerializable(typeof(Payload))]
    private sealed partial class MeasuresJsonContext : JsonSerializerContext;

    public static IReadOnlyList<Row> Rows(SiteModel site) => site.Measures(Language.Th).Select(th =>
    {
        var en = site.TranslationOf(th, Language.En);
        return new Row(
            th.Number, th.Slug, th.Status.Key(), th.Title, en?.Title, th.Steps, th.Responsible, th.Monitoring,
            th.History.Count == 0 ? null : Iso(th.History[^1].Date),
            site.Config.Absolute(Routes.Of(th)), en is null ? null : site.Config.Absolute(Routes.Of(en)),
            th.History.Select(h => new HistoryRow(Iso(h.Date), h.Status.Key(), h.Note, h.Evidence)).ToList());
    }).ToList();

    public static OutputFile Json(SiteModel site)
    {
        var payload = new Payload(site.Config.Name, MeasureStatusNames.ByKey.Keys, Rows(site));
        return OutputFile.Text(Routes.MeasuresJson.TrimStart('/'), JsonSerializer.Serialize(payload, JsonContext.Payload) + "\n");
    }

    public static OutputFile Csv(SiteModel site)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            foreach (var header in new[] { "number", "title_th", "title_en", "status", "status_th", "responsible_th", "monitoring_th", "steps_th", "last_update", "url" })
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in Rows(site))
            {
                var status = MeasureStatusNames.ByKey[row.Status];
                csv.WriteField(row.Number.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.TitleTh);
                csv.WriteField(row.TitleEn ?? "");
                csv.WriteField(row.Status);
                csv.WriteField(status.Label(Language.Th));
                csv.WriteField(string.Join("; ", row.ResponsibleTh));
                csv.WriteField(row.MonitoringTh ?? "");
                csv.WriteField(string.Join("\n", row.StepsTh));
                csv.WriteField(row.LastUpdate ?? "");
                csv.WriteField(row.UrlTh);
                csv.NextRecord();
            }
        }
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new OutputFile(Routes.MeasuresCsv.TrimStart('/'), bytes);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
