using System.Diagnostics;
using IntegritySite.Site.Content;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Publishing;

namespace IntegritySite.Site.Cli;

/// <summary>What build, check and serve share: read input/, build in memory, report, and publish only a clean build.</summary>
/// <param name="listWarnings">`check` lists every warning; `build` and `serve` list errors and only count warnings,
/// so a routine build is not buried under the ITA items the site does not cover yet.</param>
public sealed class BuildRunner(TextWriter output, TextWriter errors, bool listWarnings = false)
{
    /// <summary>Progress lines are shown only once a build has taken this long, so short builds stay quiet.</summary>
    private static readonly TimeSpan ProgressAfter = TimeSpan.FromSeconds(1);

    public async Task<BuildResult?> BuildAsync(string inputDirectory)
    {
        SiteSource source;
        try
        {
            source = SiteSource.FromDirectory(inputDirectory);
        }
        catch (DirectoryNotFoundException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return null;
        }

        var clock = Stopwatch.StartNew();
        var progress = new Progress<string>(message =>
        {
            if (clock.Elapsed > ProgressAfter)
            {
                output.WriteLine($"  … {message} ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
        });
        var result = await new SiteBuilder().BuildAsync(source, progress);
        await ReportAsync(result, inputDirectory);
        return result;
    }

    public async Task<int> BuildAndPublishAsync(string inputDirectory, string outputDirectory)
    {
        var result = await BuildAsync(inputDirectory);
        if (result is null || !result.Succeeded)
        {
            await errors.WriteLineAsync($"build failed; {outputDirectory}/ was left as it was");
            return 1;
        }
        var clock = Stopwatch.StartNew();
        OutputPublisher.Publish(result.Files, outputDirectory);
        await output.WriteLineAsync(
            $"wrote {result.PageCount} pages ({result.Files.Count} files) to {outputDirectory}/ in {(result.Elapsed + clock.Elapsed).TotalMilliseconds:0} ms");
        return 0;
    }

    private async Task ReportAsync(BuildResult result, string inputDirectory)
    {
        foreach (var diagnostic in result.Diagnostics.Where(d => listWarnings || d.Severity == Severity.Error))
        {
            var located = diagnostic with { Path = Path.Combine(inputDirectory, diagnostic.Path) };
            await errors.WriteLineAsync(located.ToString());
        }
        var errorCount = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warningCount = result.Diagnostics.Count - errorCount;
        if (result.Diagnostics.Count > 0)
        {
            var hint = listWarnings || warningCount == 0 ? "" : " (run `check` to list the warnings)";
            await errors.WriteLineAsync($"{errorCount} error(s), {warningCount} warning(s){hint}");
        }
    }
}
