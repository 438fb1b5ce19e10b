using System.Globalization;
using IntegritySite.Core.Complaints;
using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

/// <summary>
/// Reads input/data/complaint-statistics.yml (what <c>officer stats</c> writes). The figures must add up — received =
/// in progress + completed on every row, the months and the categories the same total — and every month from the
/// start of the fiscal year to the as-of day must be listed, so a table can never quietly leave a month out.
/// </summary>
public static class ComplaintStatisticsReader
{
    public const string Folder = "data";
    public const string FileName = "data/complaint-statistics.yml";
    private const int MaxCount = 1_000_000;

    public static PublishedStatistics? Read(SiteSource source, FiscalCalendar calendar, DiagnosticBag diagnostics)
    {
        foreach (var other in source.PathsUnder(Folder).Where(p => p != FileName))
        {
            diagnostics.Error(other, 0, 0, $"data/ holds only complaint-statistics.yml (written by `officer stats`); move this file to files/ or remove it");
        }
        if (!source.Contains(FileName))
        {
            return null;
        }
        var fields = YamlFields.Parse(FileName, source.ReadText(FileName), 1, diagnostics);
        if (fields is null)
        {
            return null;
        }
        var year = fields.Int("fiscal_year", required: true, 2500, 2700);
        var asOf = fields.Date("as_of", required: true);
        var categories = fields.Mapping("by_category", required: true);
        var monthEntries = fields.MappingList("by_month", required: true);
        var byCategory = categories is null ? null : ReadCategories(categories);
        fields.ReportUnknownKeys();
        if (year is null || asOf is null || byCategory is null)
        {
            return null;
        }

        var fiscalYear = calendar.FiscalYear(year.Value);
        if (asOf.Value < fiscalYear.Start)
        {
            fields.ErrorAtKey("as_of", $"'as_of' ({asOf.Value:yyyy-MM-dd}) is before fiscal year {year} starts on {fiscalYear.Start:yyyy-MM-dd}");
            return null;
        }
        var period = fiscalYear with { End = asOf.Value < fiscalYear.End ? asOf.Value : fiscalYear.End };
        var byMonth = ReadMonths(fields, monthEntries, period);
        if (byMonth is null)
        {
            return null;
        }
        var statistics = new PublishedStatistics(year.Value, asOf.Value, period, byCategory, byMonth);
        var months = GroupCounts.Sum(byMonth.Select(m => m.Counts));
        if (months != statistics.Total)
        {
            fields.ErrorAtKey("by_month", $"the months add up to {Describe(months)}, the categories to {Describe(statistics.Total)}; both count the same complaints");
            return null;
        }
        return statistics;
    }

    private static List<CategoryCounts>? ReadCategories(YamlFields categories)
    {
        // A category left out counts zero; an unknown one is an error (with a did-you-mean) like any unknown setting.
        var rows = new List<CategoryCounts>();
        var ok = true;
        foreach (var code in ComplaintCategory.All.Keys)
        {
            GroupCounts? counts = new GroupCounts(0, 0, 0);
            if (categories.Mapping(code) is { } row)
            {
                counts = ReadCounts(row);
                row.ReportUnknownKeys();
            }
            ok &= counts is not null;
            rows.Add(new CategoryCounts(code, counts ?? new GroupCounts(0, 0, 0)));
        }
        categories.ReportUnknownKeys();
        return ok ? rows : null;
    }

    private static List<MonthlyCounts>? ReadMonths(YamlFields fields, IReadOnlyList<YamlFields> entries, DateRange period)
    {
        var expected = new List<DateOnly>();
        for (var month = new DateOnly(period.Start.Year, period.Start.Month, 1); month <= period.End; month = month.AddMonths(1))
        {
            expected.Add(month);
        }
        var read = new Dictionary<DateOnly, GroupCounts>();
        var ok = true;
        foreach (var entry in entries)
        {
            var text = entry.String("month", required: true);
            var counts = ReadCounts(entry);
            entry.ReportUnknownKeys();
            if (text is null || counts is null)
            {
                ok = false;
                continue;
            }
            if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) || !expected.Contains(month))
            {
                entry.ErrorAtKey("month", $"'month' must be a month YYYY-MM from {expected[0]:yyyy-MM} to {expected[^1]:yyyy-MM} (fiscal year to the as-of day), not '{text}'");
                ok = false;
            }
            else if (!read.TryAdd(month, counts))
            {
                entry.ErrorAtKey("month", $"the month {text} is listed twice");
                ok = false;
            }
        }
        var missing = expected.Where(m => !read.ContainsKey(m)).ToList();
        if (ok && missing.Count > 0)
        {
            fields.ErrorAtKey("by_month", $"every month from {expected[0]:yyyy-MM} to {expected[^1]:yyyy-MM} must be listed (0 when none); missing: {string.Join(", ", missing.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)))}");
            return null;
        }
        return ok ? expected.Select(m => new MonthlyCounts(m, read[m])).ToList() : null;
    }

    private static GroupCounts? ReadCounts(YamlFields fields)
    {
        var received = fields.Int("received", required: true, 0, MaxCount);
        var inProgress = fields.Int("in_progress", required: true, 0, MaxCount);
        var completed = fields.Int("completed", required: true, 0, MaxCount);
        if (received is not null && inProgress is not null && completed is not null)
        {
            if (received == inProgress + completed)
            {
                return new GroupCounts(received.Value, inProgress.Value, completed.Value);
            }
            fields.ErrorAtKey("received", $"'received' ({received}) must equal in_progress + completed ({inProgress + completed}): every complaint received is one or the other");
        }
        return null;
    }

    private static string Describe(GroupCounts counts) =>
        $"{counts.Received} received, {counts.InProgress} in progress, {counts.Completed} completed";

    /// <summary>A page with the complaint-statistics layout has nothing to show without the data file (a wrong file is reported by <see cref="Read"/>).</summary>
    public static void CheckPages(SiteSource source, IEnumerable<ContentDocument> documents, DiagnosticBag diagnostics)
    {
        if (source.Contains(FileName))
        {
            return;
        }
        foreach (var page in documents.OfType<Page>().Where(p => p.Layout == PageLayout.ComplaintStatistics))
        {
            diagnostics.Error(page.SourcePath, 0, 0, $"layout complaint-statistics needs input/{FileName} (the officer writes it with `officer stats --fiscal-year <year>`)");
        }
    }
}
