using System.CommandLine;
using System.Globalization;
using IntegritySite.Site.Ita;

using IntegritySite.Site.Derive;

namespace IntegritySite.Site.Cli;

public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var today = new Option<string?>("--today")
        {
            Description = "The day ITA deadlines are counted from, YYYY-MM-DD (Gregorian); default: today in Thailand",
        };
        var coverageJson = new Option<string?>("--coverage-json")
        {
            Description = "Also write the ITA coverage report (items, states, projected scores, deadlines) as JSON to this file",
        };
        var command = new Command("check", "Validate the content without writing anything; exits non-zero on any error") { input, today, coverageJson };
        command.SetAction(async (parse, _) =>
        {
            var day = ParseToday(parse.GetValue(today));
            if (day is null)
            {
                await Console.Error.WriteLineAsync("error: --today must be a date written YYYY-MM-DD in the Gregorian year, like 2021-03-25");
                return 1;
            }
            var result = await new BuildRunner(Console.Out, Console.Error, listWarnings: true).BuildAsync(parse.GetValue(input)!);
            if (result?.Model is not null)
            {
                await ReportCoverageAsync(result, result.Model, day.Value, parse.GetValue(coverageJson));
            }
            if (result is null || !result.Succeeded)
            {
                return 1;
            }
            Console.WriteLine($"ok: {result.PageCount} pages checked in {result.Elapsed.TotalMilliseconds:0} ms");
            return 0;
        });
        return command;
    }

    private static DateOnly? ParseToday(string? text)
    {
        if (text is null)
        {
            return ThaiDates.TodayInThailand();
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year < 2400
            ? date
            : null;
    }

    private static async Task ReportCoverageAsync(Pipeline.BuildResult result, Model.SiteModel site, DateOnly today, string? jsonPath)
    {
        var coverage = result.Coverage;
        if (coverage.Count == 0)
        {
            return;
        }
        var deadlines = ItaDeadlines.Upcoming(coverage, FiscalCalendar.Of(site.Config), today);
        await Console.Out.WriteAsync(CoverageSummary.Text(coverage, deadlines, today));
        if (jsonPath is not null)
        {
            await File.WriteAllTextAsync(jsonPath, CoverageJson.Write(coverage, site, today, deadlines));
            Console.WriteLine($"wrote the ITA coverage to {jsonPath}");
        }
    }
}
