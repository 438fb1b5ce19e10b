using IntegritySite.Site.Cli;
using IntegritySite.Site.Content;

namespace IntegritySite.Site.Tests;

public sealed class PublishTests : IDisposable
{
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
        var runner = new BuildRunner(TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, await runner.BuildAndPublishAsync(Input, Output));
        var before = Snapshot();

        File.WriteAllText(Path.Combine(Input, "measures", "02-b.th.md"), TestSite.Measure(2, status: "broken"));
        var errors = new StringWriter();
        Assert.Equal(1, await new BuildRunner(TextWriter.Null, errors).BuildAndPublishAsync(Input, Output));

        Assert.Equal(before, Snapshot());
        Assert.Contains(Path.Combine(Input, "measures", "02-b.th.md") + ":8:9: error: 'status' must be one of", errors.ToString());
        Assert.DoesNotContain(Directory.GetDirectories(_root), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public async Task Same_input_gives_byte_identical_output()
    {
        var runner = new BuildRunner(TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, await runner.BuildAndPublishAsync(Input, Output));
        var first = Snapshot();
        Assert.Equal(0, await runner.BuildAndPublishAsync(Input, Output));
        Assert.Equal(first, Snapshot());
    }

    [Fact]
    public async Task Build_prints_pages_written_and_time()
    {
        var output = new StringWriter();
        Assert.Equal(0, await new BuildRunner(output, TextWriter.Null).BuildAndPublishAsync(Input, Output));
        Assert.Matches(@"^wrote \d+ pages \(\d+ files\) to .+ in \d+ ms", output.ToString());
    }

    [Theory]
    [InlineData("measure", "new-measure")]
    [InlineData("announcement", "no-gift-2565")]
    [InlineData("report", "half-year-2565")]
    [InlineData("page", "faq")]
    public async Task Scaffolded_files_pass_check(string kind, string slug)
    {
        var path = Scaffolder.Create(Input, kind, slug, new DateOnly(2022, 4, 1));
        Assert.True(File.Exists(Path.Combine(Input, path)));
        var result = await new IntegritySite.Site.Pipeline.SiteBuilder().BuildAsync(SiteSource.FromDirectory(Input));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        if (kind == "measure")
        {
            Assert.Equal("measures/02-new-measure.th.md", path);
        }
    }

    [Fact]
    public void Scaffolder_refuses_to_overwrite()
    {
        Scaffolder.Create(Input, "page", "faq", new DateOnly(2022, 4, 1));
        Assert.Throws<IOException>(() => Scaffolder.Create(Input, "page", "faq", new DateOnly(2022, 4, 1)));
    }

    private SortedDictionary<string, string> Snapshot() => new(
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
