using System.Globalization;
using System.Text.RegularExpressions;
using IntegritySite.Site.Pipeline.Kinds;
using IntegritySite.Site.Cli;
using IntegritySite.Site.Content;
using IntegritySite.Site.Publishing;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Tests;

/// <summary>
/// Publishing as `build` does it, search index included: pagefind runs on the staged site before the swap (scripts/test.sh
/// runs setup, so node_modules/.bin/pagefind is there). In-memory builds elsewhere in these tests never need it.
/// </summary>
public sealed class PublishTests : IDisposable
{
    private static readonly SearchIndexer Search = new(RepoRootFinder.Find(AppContext.BaseDirectory));

    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-test-").FullName;

    private string Input => Path.Combine(_root, "input");
    private string Output => Path.Combine(_root, "output");

    public PublishTests()
    {
        Directory.CreateDirectory(Path.Combine(Input, "measures"));
        File.WriteAllText(Path.Combine(Input, "site.yml"), TestSite.SiteYml);
        File.WriteAllText(Path.Combine(Input, "measures", "01-a.th.md"), TestSite.Measure(1));
    }

    [Fact]
    public async Task Failed_build_leaves_the_previous_output_untouched()
    {
        var runner = new BuildRunner(TextWriter.Null, TextWriter.Null, search: Search);
        Assert.Equal(0, await runner.BuildAndPublishAsync(Input, Output));
        var before = Snapshot();

        File.WriteAllText(Path.Combine(Input, "measures", "02-b.th.md"), TestSite.Measure(2, status: "broken"));
        var errors = new StringWriter();
        Assert.Equal(1, await new BuildRunner(TextWriter.Null, errors, search: Search).BuildAndPublishAsync(Input, Output));

        Assert.Equal(before, Snapshot());
        Assert.Contains(Path.Combine(Input, "measures", "02-b.th.md") + ":8:9: error: 'status' must be one of", errors.ToString());
        Assert.DoesNotContain(Directory.GetDirectories(_root), d => Path.GetFileName(d).StartsWith('.'));
    }

    /// <remarks>Covers pagefind/ too: pagefind 1.6.0 writes byte-identical index files (hashed names included) for the
    /// same pages, wherever the staging folder is.</remarks>
    [Fact]
    public async Task A_swap_that_fails_puts_the_previous_output_back()
    {
        await OutputPublisher.PublishAsync([Outputs.OutputFile.Text("index.html", "old")], Output);
        // The staged site vanishing after indexing makes the final move fail once output/ has been moved aside.
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => OutputPublisher.PublishAsync(
            [Outputs.OutputFile.Text("index.html", "new")], Output, staging => { Directory.Delete(staging, recursive: true); return Task.CompletedTask; }));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_previous_site_is_kept_beside_output_and_the_next_build_leaves_only_its_own_bytes_in_it()
    {
        Outputs.OutputFile[] First(string home) => [Outputs.OutputFile.Text("index.html", home), Outputs.OutputFile.Text("a/index.html", "page a")];
        await OutputPublisher.PublishAsync(First("home 1"), Output);
        await OutputPublisher.PublishAsync(First("home 2"), Output);
        var previous = OutputPublisher.PreviousOf(Output);
        Assert.Equal("home 1", File.ReadAllText(Path.Combine(previous, "index.html")));
        // Whatever the previous folder holds: a file the next build does not have, an empty folder, a page changed to
        // other bytes of the same length, an index the build did not write.
        File.WriteAllText(Path.Combine(previous, "stray.html"), "stray");
        Directory.CreateDirectory(Path.Combine(previous, "empty", "deeper"));
        File.WriteAllText(Path.Combine(previous, "a", "index.html"), "page b");
        Directory.CreateDirectory(Path.Combine(previous, "pagefind"));
        File.WriteAllText(Path.Combine(previous, "pagefind", "old.pf_meta"), "old");

        Outputs.OutputFile[] next = [Outputs.OutputFile.Text("index.html", "home 3"), Outputs.OutputFile.Text("a/index.html", "page a"), Outputs.OutputFile.Text("c/d/index.html", "page d")];
        await OutputPublisher.PublishAsync(next, Output);

        Assert.Equal(next.ToDictionary(f => f.Path.Replace('/', Path.DirectorySeparatorChar), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Content))), Snapshot());
        Assert.Equal(["a", "c"], Directory.GetDirectories(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("home 2", File.ReadAllText(Path.Combine(previous, "index.html")));
        Assert.Equal(["input", "output"], Directory.GetDirectories(_root).Select(Path.GetFileName).Where(d => !d!.StartsWith('.')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_file_whose_bytes_are_there_already_is_not_written_again()
    {
        Outputs.OutputFile[] files = [Outputs.OutputFile.Text("index.html", "home"), Outputs.OutputFile.Text("a/index.html", "page a")];
        await OutputPublisher.PublishAsync(files, Output);
        await OutputPublisher.PublishAsync(files, Output);
        var previous = OutputPublisher.PreviousOf(Output);
        var marked = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(previous, "a", "index.html"), marked);
        File.SetLastWriteTimeUtc(Path.Combine(previous, "index.html"), marked);
        await OutputPublisher.PublishAsync([files[0], Outputs.OutputFile.Text("a/index.html", "page A")], Output);

        Assert.Equal(marked, File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html")));
        Assert.NotEqual(marked, File.GetLastWriteTimeUtc(Path.Combine(Output, "a", "index.html")));
        Assert.Equal("page A", File.ReadAllText(Path.Combine(Output, "a", "index.html")));
    }

    [Fact]
    public async Task Same_input_gives_byte_identical_output()
    {
        var runner = new BuildRunner(TextWriter.Null, TextWriter.Null, search: Search);
        Assert.Equal(0, await runner.BuildAndPublishAsync(Input, Output));
        var first = Snapshot();
        Assert.Equal(0, await runner.BuildAndPublishAsync(Input, Output));
        Assert.Equal(first, Snapshot());
    }

    [Fact]
    public async Task Build_prints_pages_written_and_time()
    {
        var output = new StringWriter();
        Assert.Equal(0, await new BuildRunner(output, TextWriter.Null, search: Search).BuildAndPublishAsync(Input, Output));
        Assert.Matches(@"^wrote \d+ pages \(\d+ files\) to .+ in \d+ ms \(search index \d+ ms\)", output.ToString());
    }

    [Fact]
    public async Task Build_with_timings_prints_every_stage_in_order_with_rising_times()
    {
        var output = new StringWriter();
        Assert.Equal(0, await new BuildRunner(output, TextWriter.Null, timings: true).BuildAndPublishAsync(Input, Output));

        var lines = output.ToString().Split('\n');
        var stages = lines.Where(l => l.StartsWith("  … ", StringComparison.Ordinal) && Regex.IsMatch(l, StageTiming)).ToList();
        Assert.Matches(@"^  … garbage collections \((workstation|server)\): \d+ \(generation 1: \d+, 2: \d+\), paused \d+ ms, \d+ MiB allocated$", lines[^2]);
        string[] expected = ["read settings", "read 1 content files", "modelled the site", "rendered ", "wrote feeds", "checked links"];
        Assert.Equal(expected.Length, stages.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i], stages[i][4..], StringComparison.Ordinal);
        }
        var times = stages.Select(l => int.Parse(Regex.Match(l, StageTiming).Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
    }

    /// <summary>A stage's line ends with its time and the collector's work so far.</summary>
    private const string StageTiming = @"\((\d+) ms; \d+ MiB allocated, \d+ collections, \d+ ms paused so far\)$";

    [Fact]
    public async Task Published_site_has_a_thai_and_an_english_search_index()
    {
        File.WriteAllText(Path.Combine(Input, "measures", "01-a.en.md"), TestSite.Measure(1).Replace("มาตรการที่ 1", "Measure one"));
        var errors = new StringWriter();
        Assert.True(await new BuildRunner(TextWriter.Null, errors, search: Search).BuildAndPublishAsync(Input, Output) == 0, errors.ToString());

        var pagefind = Path.Combine(Output, "pagefind");
        Assert.True(File.Exists(Path.Combine(pagefind, "pagefind-ui.js")));
        Assert.True(File.Exists(Path.Combine(pagefind, "pagefind-ui.css")));
        Assert.Single(Directory.GetFiles(pagefind, "pagefind.th_*.pf_meta"));
        Assert.Single(Directory.GetFiles(pagefind, "pagefind.en_*.pf_meta"));
        using var entry = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(pagefind, "pagefind-entry.json")));
        var languages = entry.RootElement.GetProperty("languages");
        Assert.Equal(["en", "th"], languages.EnumerateObject().Select(l => l.Name).Order(StringComparer.Ordinal));
        // Only pages with <main data-pagefind-body> are indexed: home, measures list and measure in each language,
        // announcements and reports lists — not the 404 or search pages.
        Assert.True(languages.GetProperty("th").GetProperty("page_count").GetInt32() >= 4);
    }

    [Fact]
    public async Task A_failed_search_index_fails_the_build_and_leaves_output_untouched()
    {
        var runner = new BuildRunner(TextWriter.Null, TextWriter.Null, search: Search);
        Assert.Equal(0, await runner.BuildAndPublishAsync(Input, Output));
        var before = Snapshot();

        var errors = new StringWriter();
        var missing = new SearchIndexer(Path.Combine(_root, "no-checkout"));
        File.WriteAllText(Path.Combine(Input, "measures", "02-b.th.md"), TestSite.Measure(2));
        Assert.Equal(1, await new BuildRunner(TextWriter.Null, errors, search: missing).BuildAndPublishAsync(Input, Output));

        Assert.Equal(before, Snapshot());
        Assert.Contains("pagefind is not installed", errors.ToString());
        Assert.Contains("scripts/setup.sh", errors.ToString());
        // The half-indexed staging folder is only the next build's starting point, never published as it is.
        Assert.Equal([".output.previous"], Directory.GetDirectories(_root).Select(Path.GetFileName).Where(d => d!.StartsWith('.')));
    }

    [Fact]
    public async Task Build_without_search_writes_no_index()
    {
        var output = new StringWriter();
        Assert.Equal(0, await new BuildRunner(output, TextWriter.Null).BuildAndPublishAsync(Input, Output));
        Assert.False(Directory.Exists(Path.Combine(Output, "pagefind")));
        Assert.True(File.Exists(Path.Combine(Output, "search", "index.html")));
        Assert.Contains("(no search index)", output.ToString());
    }

    [Theory]
    [InlineData("measure", "new-measure")]
    [InlineData("announcement", "no-gift-2565")]
    [InlineData("report", "half-year-2565")]
    [InlineData("page", "faq")]
    public async Task Scaffolded_files_pass_check(string kind, string slug)
    {
        var path = Scaffolder.Create(Input, ContentKinds.Templates(ContentKinds.Default), kind, slug, new DateOnly(2022, 4, 1));
        Assert.True(File.Exists(Path.Combine(Input, path)));
        var result = await new IntegritySite.Site.Pipeline.SiteBuilder().BuildAsync(SiteSource.FromDirectory(Input));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        if (kind == "measure")
        {
            Assert.Equal("measures/02-new-measure.th.md", path);
        }
    }

    [Fact]
    public async Task Build_today_option_fixes_the_day_so_a_later_rebuild_is_identical()
    {
        Directory.CreateDirectory(Path.Combine(Input, "announcements"));
        File.WriteAllText(Path.Combine(Input, "announcements", "a.th.md"), "---\ntitle: ประกาศ\ndate: 2020-10-01\nkind: no-gift\nexpires: 2021-09-30\n---\n");
        string[] Build(string day) => ["build", "--input", Input, "--output", Output, "--no-search", "--today", day];

        Assert.Equal(0, await SiteCli.CreateRoot().Parse(Build("2021-09-30")).InvokeAsync());
        Assert.DoesNotContain("สิ้นผลแล้ว", File.ReadAllText(Path.Combine(Output, "announcements", "a", "index.html")));
        var first = Snapshot();
        Assert.Equal(0, await SiteCli.CreateRoot().Parse(Build("2021-09-30")).InvokeAsync());
        Assert.Equal(first, Snapshot());

        Assert.Equal(0, await SiteCli.CreateRoot().Parse(Build("2021-10-01")).InvokeAsync());
        Assert.Contains("สิ้นผลแล้ว", File.ReadAllText(Path.Combine(Output, "announcements", "a", "index.html")));
        Assert.NotEqual(0, await SiteCli.CreateRoot().Parse(Build("2564-10-01")).InvokeAsync());
    }

    [Fact]
    public void Scaffolder_refuses_to_overwrite()
    {
        Scaffolder.Create(Input, ContentKinds.Templates(ContentKinds.Default), "page", "faq", new DateOnly(2022, 4, 1));
        Assert.Throws<IOException>(() => Scaffolder.Create(Input, ContentKinds.Templates(ContentKinds.Default), "page", "faq", new DateOnly(2022, 4, 1)));
    }

    private SortedDictionary<string, string> Snapshot() => new(
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
