namespace IntegritySite.EndToEnd.Tests;

/// <summary>On a 360 px phone nothing scrolls sideways: the measures table stacks into cards.</summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneLayoutTests(SiteFixture site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/measures/")]
    [InlineData("/reports/integrity-measures-2564/")]
    [InlineData("/report-corruption/")]
    [InlineData("/en/measures/")]
    [InlineData("/ita/2564/")]
    [InlineData("/search/")]
    public async Task Page_fits_a_360px_screen(string url)
    {
        var page = await site.NewPageAsync(javaScript: true, width: 360);
        await page.GotoAsync(url);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"{url} is {scrollWidth}px wide on a 360px screen");
    }

    [Fact]
    public async Task Stacked_table_labels_each_value()
    {
        var page = await site.NewPageAsync(javaScript: true, width: 360);
        await page.GotoAsync("/measures/");
        var label = await page.EvaluateAsync<string>(
            "getComputedStyle(document.querySelector('.measures-table td[data-label]'), '::before').content");
        Assert.Equal("\"ที่\"", label);
    }
}
