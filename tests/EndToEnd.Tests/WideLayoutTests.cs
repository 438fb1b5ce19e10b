namespace IntegritySite.EndToEnd.Tests;

/// <summary>On a 1280 px desktop the measures table keeps each column heading on one line (no "ผู้รับผิด/ชอบ" in 70 px).</summary>
[Collection(SiteCollection.Name)]
public sealed class WideLayoutTests(SiteFixture site)
{
    [Theory]
    [InlineData("/measures/")]
    [InlineData("/en/measures/")]
    public async Task Measures_column_headings_stay_on_one_line_at_1280px(string url)
    {
        var page = await site.NewPageAsync(javaScript: true, width: 1280);
        await page.GotoAsync(url);
        var wrapped = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('.measures-table thead th')].filter(th => {
              const range = document.createRange();
              range.selectNodeContents(th);
              const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
              return lines.size > 1;
            }).map(th => th.textContent.trim())
            """);
        Assert.True(wrapped.Length == 0, $"{url}: headings broken over lines: {string.Join(", ", wrapped)}");
    }

    [Theory]
    [InlineData(800)]
    [InlineData(1280)]
    public async Task The_measures_table_fits_tablet_and_desktop_widths(int width)
    {
        var page = await site.NewPageAsync(javaScript: true, width: width);
        await page.GotoAsync("/measures/");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"/measures/ is {scrollWidth}px wide on a {width}px screen");
    }
}
