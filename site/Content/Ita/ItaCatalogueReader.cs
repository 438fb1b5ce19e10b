using IntegritySite.Site.Ita;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IntegritySite.Site.Content;
using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Ita;

/// <summary>Reads one input/ita/YYYY.yml into an <see cref="ItaCatalogue"/>; every problem is a located error.</summary>
public static partial class ItaCatalogueReader
{
    public static ItaCatalogue? Read(string path, string yaml, int fileYear, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var catalogue = Read(path, yaml, fileYear, local, out var title);
        foreach (var diagnostic in local.ToSortedList())
        {
            diagnostics.Add(diagnostic);
        }
        return local.HasErrors || title is null ? null : catalogue;
    }

    private static ItaCatalogue? Read(string path, string yaml, int fileYear, DiagnosticBag diagnostics, out LocalizedText? title)
    {
        title = null;
        var fields = YamlFields.Parse(path, yaml, 1, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var year = fields.Int("year", required: true, 2500, 2700);
        if (year is not null && year != fileYear)
        {
            fields.ErrorAtKey("year", $"'year' is {year} but the file is named {fileYear}.yml; make them the same");
        }
        title = fields.Text("title", required: true);
        var indicators = fields.MappingList("indicators", required: true).Select(ReadIndicator).OfType<ItaIndicator>().ToImmutableArray();
        var items = fields.MappingList("items", required: true).Select(ReadItem).OfType<ItaItem>().ToImmutableArray();
        fields.ReportUnknownKeys();

        CheckCodes(path, indicators, items, diagnostics);
        return title is null ? null : new ItaCatalogue(fileYear, title, indicators, items, path);
    }

    private static ItaIndicator? ReadIndicator(YamlFields fields)
    {
        var code = fields.String("code", required: true);
        var title = fields.Text("title", required: true);
        var subIndicators = fields.MappingList("sub_indicators", required: true).Select(sub =>
        {
            var subCode = sub.String("code", required: true);
            var subTitle = sub.Text("title", required: true);
            sub.ReportUnknownKeys();
            return subCode is null || subTitle is null ? null : new ItaSubIndicator(subCode, subTitle);
        }).OfType<ItaSubIndicator>().ToImmutableArray();
        fields.ReportUnknownKeys();
        return code is null || title is null ? null : new ItaIndicator(code, title, subIndicators);
    }

    private static ItaItem? ReadItem(YamlFields fields)
    {
        var code = fields.String("code", required: true);
        var subIndicator = fields.String("sub_indicator", required: true);
        var title = fields.Text("title", required: true);
        var evidence = fields.Text("evidence", required: true);
        var period = fields.Choice("period", required: true, ItaPeriodNames.ByKey);
        var uncertain = fields.Bool("uncertain", false);
        var note = fields.String("note");
        fields.ReportUnknownKeys();
        if (code is not null && !CodeShape().IsMatch(code))
        {
            fields.ErrorAtKey("code", $"'{code}' is not an ITA item code; write it like o42 (2563–2565) or O42 (2566 on)");
            return null;
        }
        if (code is null || subIndicator is null || title is null || evidence is null || period is null)
        {
            return null;
        }
        var (line, column) = fields.Location;
        return new ItaItem(ItaCodes.Normalize(code), subIndicator, title, evidence, period.Value, uncertain, note, new SourceLocation(fields.Path, line, column));
    }

    private static void CheckCodes(string path, IReadOnlyList<ItaIndicator> indicators, IReadOnlyList<ItaItem> items, DiagnosticBag diagnostics)
    {
        var subIndicators = indicators.SelectMany(i => i.SubIndicators).ToList();
        foreach (var duplicate in subIndicators.GroupBy(s => s.Code).Where(g => g.Count() > 1))
        {
            diagnostics.Error(path, 0, 0, $"sub-indicator {duplicate.Key} is listed more than once");
        }
        foreach (var duplicate in items.GroupBy(i => i.Code).Where(g => g.Count() > 1))
        {
            foreach (var item in duplicate.Skip(1))
            {
                diagnostics.Error(path, item.Location.Line, item.Location.Column, $"item {item.Code} is listed more than once");
            }
        }
        var known = subIndicators.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var item in items.Where(i => !known.Contains(i.SubIndicator)))
        {
            diagnostics.Error(path, item.Location.Line, item.Location.Column,
                $"item {item.Code} belongs to sub-indicator '{item.SubIndicator}', which is not listed under 'indicators' ({string.Join(", ", known)})");
        }
        foreach (var empty in subIndicators.Where(s => items.All(i => i.SubIndicator != s.Code)))
        {
            diagnostics.Error(path, 0, 0, $"sub-indicator {empty.Code} has no items; its score would be undefined");
        }
    }

    [GeneratedRegex(@"^[oO]\d{1,3}$")]
    private static partial Regex CodeShape();
}
