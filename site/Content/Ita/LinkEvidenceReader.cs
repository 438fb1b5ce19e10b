using IntegritySite.Site.Ita;
using IntegritySite.Site.Content;
using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Content.Ita;

/// <summary>Reads input/ita/evidence.yml: evidence that is not a page (a PDF under files/, an external e-service).</summary>
public static class LinkEvidenceReader
{
    public const string FileName = ItaFiles.Evidence;

    public static IReadOnlyList<LinkEvidence> Read(SiteSource source, ItaCodeIndex codes, ItaTagResolver tags, DiagnosticBag diagnostics)
    {
        if (!source.Contains(FileName))
        {
            return [];
        }
        var fields = YamlFields.Parse(FileName, source.ReadText(FileName), 1, diagnostics);
        if (fields is null)
        {
            return [];
        }
        var entries = fields.MappingList("evidence");
        fields.ReportUnknownKeys();
        return entries.Select(entry => ReadEntry(entry, source, codes, tags, diagnostics)).OfType<LinkEvidence>().ToList();
    }

    private static LinkEvidence? ReadEntry(YamlFields entry, SiteSource source, ItaCodeIndex codes, ItaTagResolver tags, DiagnosticBag diagnostics)
    {
        var code = entry.String("item", required: true);
        var year = entry.Int("year", required: false, 2500, 2700);
        var title = entry.Text("title", required: true);
        var url = entry.String("url", required: true);
        var date = entry.Date("date");
        entry.ReportUnknownKeys();
        if (code is null || title is null || url is null || !IsValidUrl(url, source, entry))
        {
            return null;
        }
        var (line, column) = entry.LocationOf("item");
        var location = new SourceLocation(FileName, line, column);
        if (year is not null && !codes.Publishes(year.Value))
        {
            diagnostics.Warning(FileName, line, column, $"evidence for ITA {year} is not used: {year} is not in site.yml ita.years");
            return null;
        }
        var tag = ItaTagResolver.Normalize(code);
        var problem = ItaTagResolver.IsTagShape(tag)
            ? codes.Problem(tag, year)
            : $"'{code}' is not an ITA tag; write a concept of {ItaFiles.Crosswalk}, an item code (o17, O18) or YEAR:CODE";
        if (problem is not null)
        {
            entry.ErrorAtKey("item", problem);
            return null;
        }
        return new LinkEvidence
        {
            Tag = tag,
            Targets = tags.Resolve(tag, year).Targets,
            Title = title,
            Url = url,
            Dates = date is null ? [] : [date.Value],
            Location = location,
        };
    }

    private static bool IsValidUrl(string url, SiteSource source, YamlFields entry)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http")
        {
            return true;
        }
        if (url.StartsWith("/files/", StringComparison.Ordinal))
        {
            if (source.Contains(Uri.UnescapeDataString(url.TrimStart('/'))))
            {
                return true;
            }
            entry.ErrorAtKey("url", $"there is no file input{url}; add the file under input/files/ or correct the address");
            return false;
        }
        entry.ErrorAtKey("url", $"'url' must be a https:// address or a /files/… path of a file in input/files/, not '{url}'");
        return false;
    }
}
