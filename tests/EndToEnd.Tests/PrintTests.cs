using Microsoft.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// Issue 11, print: measures, reports and announcements are printed for meetings and notice boards. On A4 paper there
/// is no header, menu or footer; the measures are a table with its column heads (not the phone's cards); no row or
/// timeline entry is split across pages; and a link shows where it goes.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PrintTests(SiteFixture site)
{
    [Theory]
    [InlineData("/measures/")]
    [InlineData("/reports/integrity-measures-2564/")]
    [InlineData("/announcements/no-gift-policy/")]
    [InlineData("/en/measures/")]
    public async Task A_printed_page_has_no_site_chrome_and_shows_link_targets(string url)
    {
        var page = await PrintPageAsync(url);
        foreach (var chrome in new[] { ".site-header", ".site-footer", ".main-menu", ".language-switch", ".skip-link" })
        {
            Assert.Equal("none", await page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{chrome}')).display"));
        }
        var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main a[href^=\"/\"]'), '::after').content");
        Assert.StartsWith("\" (/", after);
        Assert.Equal("avoid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).breakAfter"));
    }

    [Fact]
    public async Task Printed_measures_are_a_table_with_its_heads_and_rows_that_do_not_split()
    {
        var page = await PrintPageAsync("/measures/");
        Assert.Equal("table-header-group", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.measures-table thead')).display"));
        Assert.Equal("table-row", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.measures-table tbody tr')).display"));
        Assert.Equal("avoid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.measures-table tbody tr')).breakInside"));
        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.measures-table td[data-label]'), '::before').content"));
        // And Chromium lays it out on A4 without anything wider than the page.
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        Assert.True(pdf.Length > 1000);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= await page.EvaluateAsync<int>("window.innerWidth"));
    }

    /// <summary>The page as printed on A4 (210 mm less margins is about 700 CSS px: narrower than the phone breakpoint).</summary>
    private async Task<IPage> PrintPageAsync(string url)
    {
        var page = await site.NewPageAsync(javaScript: true, width: 700, height: 1000);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync(url);
        return page;
    }
}
