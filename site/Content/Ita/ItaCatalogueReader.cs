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
        var sources = fields.StringList("sources");
        var items = fields.MappingList("items", required: true).Select(ReadItem).OfType<ItaItem>().ToImmutableArray();
        fields.ReportUnknownKeys();

        CheckCodes(path, indicators, items, diagnostics);
        return title is null ? null : new ItaCatalogue(fileYear, title, indicators, items, path) { Sources = sources };
    }

    private static ItaIndicator? ReadIndicator(YamlFields fields)
    {
        var code = fields.String("code", required: true);
        var title = fields.Text("title", required: true);
        var subIndicators = fields.MappingList("sub_indicators", required: true).Select(sub =>
        {
            var subCode = sub.String("code", required: true);
            var subTitle = sub.Text("title", required: true);
            var subWeight = Weight(sub);
            sub.ReportUnknownKeys();
            return subCode is null || subTitle is null ? null : new ItaSubIndicator(subCode, subTitle, subWeight);
        }).OfType<ItaSubIndicator>().ToImmutableArray();
        var weight = Weight(fields);
        fields.ReportUnknownKeys();
        return code is null || title is null ? null : new ItaIndicator(code, title, subIndicators, weight);
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
        var elements = ReadElements(fields);
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
        return new ItaItem(ItaTagResolver.NormalizeCode(code), subIndicator, title, evidence, period.Value, uncertain, note, new SourceLocation(fields.Path, line, column))
        {
            Elements = elements,
        };
    }

    /// <summary>The share of a score: a positive number, 1 (equal shares, the 2564 model) unless the year's data says otherwise.</summary>
    private static decimal Weight(YamlFields fields)
    {
        var text = fields.String("weight");
        if (text is null)
        {
            return 1m;
        }
        if (decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight > 0)
        {
            return weight;
        }
        fields.ErrorAtKey("weight", $"'weight' must be a positive number such as 1 or 0.5, not '{text}'");
        return 1m;
    }

    private static IReadOnlyList<string> ReadElements(YamlFields fields)
    {
        var elements = fields.StringList("elements");
        foreach (var unknown in elements.Where(e => !EvidenceElements.ByKey.ContainsKey(e)))
        {
            fields.ErrorAtKey("elements", $"'{unknown}' is not an evidence element the site can check; known: {string.Join(", ", EvidenceElements.All.Select(e => e.Key))}");
        }
        return elements.Where(EvidenceElements.ByKey.ContainsKey).Distinct().ToList();
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
