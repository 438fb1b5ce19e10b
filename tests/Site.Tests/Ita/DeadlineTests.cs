using IntegritySite.Site.Content.Ita;
using IntegritySite.Core.Calendar;
using System.Text.Json;
using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>Half-year items become due after 31 March; deadlines are counted from check's --today.</summary>
public sealed class DeadlineTests
{
    private static readonly FiscalCalendar Thai = new(10, 1);

    [Fact]
    public async Task Before_31_March_the_half_year_reports_are_upcoming()
    {
        var coverage = await CoverageAsync(ItaSite.Page("half-year-ops", "o11"));
        var deadlines = ItaDeadlines.Upcoming(coverage, Thai, new DateOnly(2021, 3, 1));
        Assert.Equal(["o19", "o40"], deadlines.Select(d => d.Item.Code));
        Assert.All(deadlines, d => Assert.Equal((new DateOnly(2021, 3, 31), 30), (d.DueAfter, d.DaysLeft)));
    }

    [Fact]
    public async Task After_31_March_they_are_overdue()
    {
        var coverage = await CoverageAsync();
        var deadline = ItaDeadlines.Upcoming(coverage, Thai, new DateOnly(2021, 4, 10)).First(d => d.Item.Code == "o40");
        Assert.Equal(-10, deadline.DaysLeft);
        Assert.Contains("due since the first half ended on 31 March 2021, 10 day(s) ago", CoverageSummary.Text(coverage, [deadline], new DateOnly(2021, 4, 10)));
    }

    [Theory]
    [InlineData("2020-09-30")]
    [InlineData("2021-10-01")]
    public async Task Outside_the_assessment_fiscal_year_there_are_no_deadlines(string today)
    {
        var coverage = await CoverageAsync();
        Assert.Empty(ItaDeadlines.Upcoming(coverage, Thai, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Check_json_adds_today_and_deadlines_but_the_site_copy_has_neither()
    {
        var result = await ItaSite.BuildAsync();
        var coverage = Coverage(result);
        var today = new DateOnly(2021, 3, 1);
        var json = JsonDocument.Parse(CoverageJson.Write(coverage, result.Model!, today, ItaDeadlines.Upcoming(coverage, Thai, today))).RootElement;
        Assert.Equal("2021-03-01", json.GetProperty("today").GetString());
        Assert.Equal(3, json.GetProperty("deadlines").GetArrayLength());
        Assert.StartsWith("ita/2564.yml:", json.GetProperty("deadlines")[0].GetProperty("source").GetString());

        var site = JsonDocument.Parse(result.File(CoverageJson.SitePath)!.ReadText()).RootElement;
        Assert.False(site.TryGetProperty("today", out _));
        Assert.False(site.TryGetProperty("deadlines", out _));
    }

    private static async Task<IReadOnlyList<YearCoverage>> CoverageAsync(params (string Path, string Text)[] files) =>
        Coverage(await ItaSite.BuildAsync(files));

    private static IReadOnlyList<YearCoverage> Coverage(Pipeline.BuildResult result)
    {
        var source = Content.SiteSource.FromFiles(new Dictionary<string, string> { ["site.yml"] = ItaSite.SiteYml(), ["ita/2564.yml"] = ItaSite.Catalogue2564 });
        var ita = ItaInput.Read(source, result.Model!.Config, new DateOnly(2021, 4, 1), new Diagnostics.DiagnosticBag());
        return ita.Coverage(result.Model, []);
    }
}
