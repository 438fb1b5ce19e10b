namespace IntegritySite.EndToEnd.Tests;

/// <summary>On a 360 px phone nothing scrolls sideways: the measures and complaint-statistics tables stack into cards.</summary>
[Collection(SiteCollection.Name)]
public sealed class PhoneLayoutTests(SiteFixture site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/measures/")]
    [InlineData("/reports/integrity-measures-2564/")]
    [InlineData("/en/reports/integrity-measures-2564/")]
    [InlineData("/report-corruption/")]
    [InlineData("/en/measures/")]
    [InlineData("/ita/2564/")]
    [InlineData("/search/")]
    [InlineData("/complaint-statistics/")]
    [InlineData("/en/complaint-statistics/")]
    public async Task Page_fits_a_360px_screen(string url)
    {
        var page = await site.NewPageAsync(javaScript: true, width: 360);
        await page.GotoAsync(url);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"{url} is {scrollWidth}px wide on a 360px screen");
    }

    [Theory]
    [InlineData("/measures/", ".measures-table td[data-label]", "ที่")]
    [InlineData("/complaint-statistics/", "#complaints-by-month td[data-label]", "เรื่องที่ได้รับ")]
    public async Task Stacked_table_labels_each_value(string url, string cell, string label)
    {
        var page = await site.NewPageAsync(javaScript: true, width: 360);
        await page.GotoAsync(url);
        var before = await page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{cell}'), '::before').content");
        Assert.Equal($"\"{label}\"", before);
    }
}
