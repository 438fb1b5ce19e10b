using IntegritySite.Site.Publishing;
using IntegritySite.Site.Content;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>The municipality's real input/: what an assessor would find for ITA 2564 today.</summary>
public sealed class RealInputItaTests
{
    private static readonly Lazy<Task<BuildResult>> Build = new(() =>
        new SiteBuilder().BuildAsync(SiteSource.FromDirectory(Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input"))));

    [Fact]
    public async Task Real_input_builds_with_missing_items_as_warnings_only()
    {
        var result = await Build.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Errors()));
        Assert.Contains(result.Diagnostics, d => d.Path == "ita/2564.yml" && d.Message.Contains("o34", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Memo_is_o42_and_measure_tracking_is_o43_so_10_2_is_complete()
    {
        var year = (await Build.Value).Year();
        Assert.Equal("present", year.State("o42"));
        Assert.Equal("present", year.State("o43"));
        var html = (await Build.Value).Html("ita/2564/index.html");
        Assert.Contains(html.GetElementById("o42")!.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/reports/integrity-measures-2564/");
        Assert.True(html.GetElementById("o43")!.QuerySelectorAll(".ita-evidence a").Length >= 10);
    }

    [Fact]
    public async Task Indicator_10_is_50_none_of_10_1_is_published_yet()
    {
        var year = (await Build.Value).Year();
        Assert.Equal(50m, year.Indicator("10"));
        Assert.All(Enumerable.Range(34, 8), n => Assert.Equal("missing", year.State($"o{n}")));
    }
}
