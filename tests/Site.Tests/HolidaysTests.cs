using IntegritySite.Core.Calendar;
using IntegritySite.Core.Complaints;
using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Tests;

/// <summary>
/// input/holidays/&lt;year&gt;.txt: the government holidays the complaint officer's 7-working-day notice is counted over.
/// `check` names bad lines and warns while a year is missing or unchecked; the count skips weekends and holidays.
/// </summary>
public sealed class HolidaysTests
{
    [Fact]
    public async Task A_bad_line_is_an_error_at_its_line()
    {
        var result = await TestSite.BuildAsync(("holidays/2569.txt", "# ทดสอบ\nstatus: complete\n2026-04-13 วันสงกรานต์\n2569-04-14 วันสงกรานต์\n"));
        var error = result.SingleError();
        Assert.Equal(("holidays/2569.txt", 4), (error.Path, error.Line));
        Assert.Contains("Gregorian", error.Message);
    }

    [Fact]
    public async Task An_unchecked_year_and_a_missing_year_are_warned_about()
    {
        var incomplete = await TestSite.BuildOnAsync(new DateOnly(2026, 5, 1), ("holidays/2569.txt", "status: incomplete\n2026-04-13 วันสงกรานต์\n"));
        Assert.True(incomplete.Succeeded);
        Assert.Contains(incomplete.Diagnostics, d => d is { Severity: Severity.Warning, Path: "holidays/2569.txt" } && d.Message.Contains("incomplete"));

        var missing = await TestSite.BuildOnAsync(new DateOnly(2027, 1, 5), ("holidays/2569.txt", "status: complete\n2026-04-13 วันสงกรานต์\n"));
        Assert.Contains(missing.Diagnostics, d => d is { Severity: Severity.Warning, Path: "holidays/2570.txt" });
    }

    [Fact]
    public void The_seven_working_days_skip_weekends_and_the_shipped_holidays_and_say_when_they_are_an_estimate()
    {
        var file = Path.Combine(RepoRootOf(), "input", "holidays", "2569.txt");
        var (year, errors) = PublicHolidays.Parse(file, File.ReadAllText(file));
        Assert.Empty(errors);
        var submitted = new DateOnly(2026, 4, 9); // a Thursday; Songkran is Monday 13 to Wednesday 15 April

        Assert.Equal((new DateOnly(2026, 4, 23), true), AnswerDeadline.FactsNoticeDueFor(submitted, new WorkingDays([year!])));
        Assert.Equal((new DateOnly(2026, 4, 20), true), AnswerDeadline.FactsNoticeDueFor(submitted, WorkingDays.WeekendsOnly));
        Assert.Equal((new DateOnly(2026, 4, 23), false), AnswerDeadline.FactsNoticeDueFor(submitted, new WorkingDays([year! with { Complete = true }])));
    }

    private static string RepoRootOf() => IntegritySite.Site.Publishing.RepoRootFinder.Find(AppContext.BaseDirectory);
}
