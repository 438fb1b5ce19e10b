using System.Diagnostics;
using IntegritySite.Site.Content;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Pipeline;

namespace IntegritySite.Site.Publishing;

/// <summary>What build, check and serve share: read input/, build in memory, report, and publish only a clean build.</summary>
/// <param name="listWarnings">`check` lists every warning; `build` and `serve` list errors and only count warnings,
/// so a routine build is not buried under the ITA items the site does not cover yet.</param>
/// <param name="search">Indexes the staged site before the swap when publishing; null publishes without a search index
/// (`build --no-search`). In-memory builds (`check`, tests) never need it.</param>
/// <param name="today">The day the site is built for; null: today in Thailand.</param>
/// <param name="timings">Every progress line, with the milliseconds since the build began (`build --timings`).</param>
/// <param name="editor">Copies the staff editor's CMS bundle into admin/ when publishing; null leaves it out (the page
/// is there, the editor does not start).</param>
public sealed class BuildRunner(TextWriter output, TextWriter errors, bool listWarnings = false, SearchIndexer? search = null, DateOnly? today = null, EditorBundle? editor = null, IReadOnlyList<int>? assessYears = null, bool timings = false)
{
    /// <summary>Progress lines are shown only once a build has taken this long, so short builds stay quiet.</summary>
    private static readonly TimeSpan ProgressAfter = TimeSpan.FromSeconds(1);

    private readonly SiteBuilder _builder = new() { AssessYears = assessYears };

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

        return await BuildAsync(source, inputDirectory, before: null);
    }

    /// <param name="before">An earlier build's state: only what changed since is built again (`serve`).</param>
    public async Task<BuildResult> BuildAsync(SiteSource source, string inputDirectory, BuildState? before)
    {
        var clock = Stopwatch.StartNew();
        var progress = new Reporter(message =>
        {
            if (timings || clock.Elapsed > ProgressAfter)
            {
                output.WriteLine(timings
                    ? $"  … {message} ({clock.Elapsed.TotalMilliseconds:0} ms; {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB allocated, {GC.CollectionCount(0)} collections, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused so far)"
                    : $"  … {message} ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
        });
        var result = await _builder.BuildAsync(source, progress, today, before);
        await ReportAsync(result, inputDirectory);
        return result;
    }

    /// <summary>A build that reports nothing (serve's warm-up).</summary>
    public Task<BuildResult> BuildQuietlyAsync(SiteSource source, BuildState? before) => _builder.BuildAsync(source, today: today, before: before);

    /// <summary>The search indexer publishing uses; null when built without a search index.</summary>
    public SearchIndexer? Search => search;

    /// <summary>The staff editor's bundle publishing copies; null when left out.</summary>
    public EditorBundle? Editor => editor;

    public TextWriter Output => output;

    public TextWriter Errors => errors;

    public async Task<int> BuildAndPublishAsync(string inputDirectory, string outputDirectory)
    {
        var result = await BuildAsync(inputDirectory);
        return result is null ? await FailedAsync(outputDirectory) : await PublishAsync(result, outputDirectory);
    }

    public async Task<int> FailedAsync(string outputDirectory)
    {
        await errors.WriteLineAsync($"build failed; {outputDirectory}/ was left as it was");
        return 1;
    }

    /// <summary>Writes a whole successful build beside output/ and swaps it in (with the editor's bundle and the search index).</summary>
    public async Task<int> PublishAsync(BuildResult result, string outputDirectory)
    {
        if (!result.Succeeded)
        {
            return await FailedAsync(outputDirectory);
        }
        var clock = Stopwatch.StartNew();
        var indexing = TimeSpan.Zero;
        try
        {
            await OutputPublisher.PublishAsync(result.Files, outputDirectory, async staging =>
            {
                if (editor?.CopyInto(staging) is { } warning)
                {
                    await errors.WriteLineAsync(warning);
                }
                if (search is not null)
                {
                    var indexClock = Stopwatch.StartNew();
                    await search.IndexAsync(staging);
                    indexing = indexClock.Elapsed;
                }
            });
        }
        catch (SearchIndexException ex)
        {
            await errors.WriteLineAsync($"error: search index: {ex.Message}");
            return await FailedAsync(outputDirectory);
        }
        var searchNote = search is null ? " (no search index)" : $" (search index {indexing.TotalMilliseconds:0} ms)";
        await output.WriteLineAsync(
            $"wrote {result.PageCount} pages ({result.Files.Count} files) to {outputDirectory}/ in {(result.Elapsed + clock.Elapsed).TotalMilliseconds:0} ms{searchNote}");
        if (timings)
        {
            await output.WriteLineAsync(
                $"  … garbage collections ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}): {GC.CollectionCount(0)} (generation 1: {GC.CollectionCount(1)}, 2: {GC.CollectionCount(2)}), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB allocated");
        }
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

    /// <summary>Reports on the caller's thread as it happens (<see cref="Progress{T}"/> posts to the thread pool, so its
    /// times would be late and its lines out of order).</summary>
    private sealed class Reporter(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
