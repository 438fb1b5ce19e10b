using IntegritySite.Site.Content;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering.Pages;

namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>input/reports/: dated reports (the memo, progress reports), newest first.</summary>
public static class ReportsKind
{
    public static readonly ContentKind Kind = ContentKind.Of<Report, ReportPage>(new ReportReader(), "Report",
        KindListing.Of<ReportsIndexPage>(Routes.ReportsIndex, Rendering.SiteWords.Reports)) with
    {
        Template = new("report", r => new($"reports/{r.Date}-{r.Slug}.th.md", $"---\ntitle: รายงาน…\ndate: {r.Date}\nkind: half-year-progress\nmeasures_table: true\n---\nสรุปผลการดำเนินงาน\n")),
    };
}
