using System.Diagnostics;
using IntegritySite.Site.Publishing;

namespace IntegritySite.Site.Tests.Ita;

/// <summary><c>check --year 2569</c> on the shipped content, run as staff run it: the generator's own program.</summary>
public sealed class CheckYearTests
{
    private static readonly string Input = Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input");

    [Fact]
    public async Task Check_for_2569_prints_each_sub_indicator_with_the_missing_elements_named()
    {
        var (code, output) = await RunAsync("check", "--input", Input, "--year", "2569", "--today", "2026-12-02");
        Assert.True(code == 0, output);
        Assert.Contains("ITA 2569 coverage", output);
        Assert.DoesNotContain("ITA 2564 coverage", output);
        Assert.Contains("23 of 23 items of this list are not verified", output);
        foreach (var sub in new[] { "9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2" })
        {
            Assert.Matches($@"\n  {System.Text.RegularExpressions.Regex.Escape(sub)} +\d+/\d+ +present, \d+ partial, \d+ stale, +\d+ missing", output);
        }
        Assert.Contains("O4   partial Contact — lacks email, map (pages/contact.th.md:5)", output);
        Assert.Contains("O23  stale", output);
        Assert.Matches(@"input/pages/contact\.th\.md:5:1: warning: ITA 2569 O4 .* is partial: its evidence lacks e-mail address .*; map ", output);
    }

    [Fact]
    public async Task Check_for_a_year_without_a_list_is_an_error_naming_the_file_to_add()
    {
        var (code, output) = await RunAsync("check", "--input", Input, "--year", "2571");
        Assert.Equal(1, code);
        Assert.Contains("ita/2571.yml", output);
        Assert.Contains("no list of items for ITA 2571", output);
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "integritysite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
