using IntegritySite.Site.Publishing;
using System.CommandLine;
using IntegritySite.Site.Derive;
using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Cli;

public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var today = CommonOptions.Today();
        var coverageJson = new Option<string?>("--coverage-json")
        {
            Description = "Also write the ITA coverage report (items, states, projected scores, deadlines) as JSON to this file",
        };
        var years = new Option<int[]>("--year")
        {
            Description = "Assess these ITA years (Buddhist Era, e.g. 2569) instead of site.yml's ita.years; repeat for several",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("check", "Validate the content without writing anything; exits non-zero on any error") { input, today, coverageJson, years };
        command.SetAction(async (parse, _) =>
        {
            var day = parse.GetValue(today) ?? ThaiDates.TodayInThailand();
            var result = await new BuildRunner(Console.Out, Console.Error, listWarnings: true, today: day, assessYears: parse.GetValue(years)).BuildAsync(parse.GetValue(input)!);
            if (result?.Model is not null)
            {
                await ReportCoverageAsync(result, result.Model, day, parse.GetValue(coverageJson));
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

    private static async Task ReportCoverageAsync(Pipeline.BuildResult result, Model.SiteModel site, DateOnly today, string? jsonPath)
    {
        var coverage = result.Coverage;
        if (coverage.Count == 0)
        {
            return;
        }
        var deadlines = ItaDeadlines.Upcoming(coverage, FiscalWindows.Of(site.Config), today);
        await Console.Out.WriteAsync(CoverageSummary.Text(coverage, deadlines, today));
        if (jsonPath is not null)
        {
            await File.WriteAllTextAsync(jsonPath, CoverageJson.Write(coverage, site, today, deadlines));
            Console.WriteLine($"wrote the ITA coverage to {jsonPath}");
        }
    }
}
