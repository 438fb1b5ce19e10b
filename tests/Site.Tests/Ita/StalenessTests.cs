using IntegritySite.Core.Calendar;
using IntegritySite.Site.Derive;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>Dated evidence must fall in the item's period; the fiscal year turns on 1 October, counted in Buddhist Era years.</summary>
public sealed class StalenessTests
{
    private static readonly FiscalCalendar Thai = new(10, 1);

    [Fact]
    public void Fiscal_year_2564_runs_from_1_October_2020_to_30_September_2021()
    {
        Assert.Equal(new DateRange(new DateOnly(2020, 10, 1), new DateOnly(2021, 9, 30)), Thai.FiscalYear(2564));
        Assert.Equal(new DateRange(new DateOnly(2019, 10, 1), new DateOnly(2020, 9, 30)), Thai.Window(ItaPeriod.PreviousFiscalYear, 2564));
        Assert.Equal(new DateRange(new DateOnly(2020, 10, 1), new DateOnly(2021, 3, 31)), Thai.Window(ItaPeriod.FirstHalfCurrentFiscalYear, 2564));
        Assert.Null(Thai.Window(ItaPeriod.Any, 2564));
    }

    [Theory]
    [InlineData("2020-09-30", 2563)]
    [InlineData("2020-10-01", 2564)]
    [InlineData("2021-09-30", 2564)]
    [InlineData("2021-10-01", 2565)]
    public void A_day_falls_in_the_buddhist_era_fiscal_year_whose_range_contains_it(string iso, int year)
    {
        var date = DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(year, Thai.YearOf(date));
        Assert.True(Thai.FiscalYear(Thai.YearOf(date)).Contains(date));
    }

    [Theory]
    [InlineData("2020-09-30", "stale")]   // last day of FY 2563
    [InlineData("2020-10-01", "present")] // first day of FY 2564
    [InlineData("2021-09-30", "present")] // last day of FY 2564
    [InlineData("2021-10-01", "stale")]   // first day of FY 2565
    public async Task Current_fiscal_year_item_across_the_boundary(string date, string state)
    {
        var result = await ItaSite.BuildAsync(ItaSite.Announcement("measures-done", date, "o43"));
        Assert.Equal(state, result.Year().State("o43"));
    }

    [Theory]
    [InlineData("2019-09-30", "stale")]
    [InlineData("2019-10-01", "present")]
    [InlineData("2020-09-30", "present")]
    [InlineData("2020-10-01", "stale")]
    public async Task Previous_fiscal_year_item_across_the_boundary(string date, string state)
    {
        var result = await ItaSite.BuildAsync(ItaSite.Report("annual-anti-corruption", date, "o41"));
        Assert.Equal(state, result.Year().State("o41"));
    }

    [Theory]
    [InlineData("2020-09-30", "stale")]
    [InlineData("2020-10-01", "present")]
    [InlineData("2021-03-31", "present")]
    [InlineData("2021-04-01", "stale")]
    public async Task First_six_months_item_runs_1_October_to_31_March(string date, string state)
    {
        var result = await ItaSite.BuildAsync(ItaSite.Report("half-year", date, "o40"));
        Assert.Equal(state, result.Year().State("o40"));
    }

    [Fact]
    public async Task Undated_pages_are_present_and_never_stale()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Page("plan", "o39", "o41", "o40"));
        Assert.Equal(["present", "present", "present"], new[] { "o39", "o40", "o41" }.Select(code => result.Year().State(code)));
    }

    [Fact]
    public async Task A_measure_is_current_when_one_of_its_history_dates_is_in_the_period()
    {
        var history = """
            history:
              - date: 2020-09-01
                status: in-progress
              - date: 2020-10-15
                status: done
            ita: [o43]
            """;
        var result = await ItaSite.BuildAsync(("measures/01-one.th.md", TestSite.Measure(1, history: history)));
        Assert.Equal("present", result.Year().State("o43"));
    }

    [Fact]
    public async Task Stale_evidence_is_a_warning_at_the_evidence_and_is_shown_with_its_Buddhist_Era_date()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Announcement("old-pledge", "2020-09-30", "o34"));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Path == "announcements/2020-09-30-old-pledge.th.md");
        Assert.Contains("o34", warning.Message);
        Assert.Contains("out of date", warning.Message);

        var row = result.Html("ita/2564/index.html").GetElementById("o34")!;
        Assert.Equal("stale", row.GetAttribute("data-state"));
        Assert.Contains("30 กันยายน 2563", row.TextContent);
        Assert.Contains("1 ตุลาคม 2563 – 30 กันยายน 2564", row.TextContent);
    }
}
