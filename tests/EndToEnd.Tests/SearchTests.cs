using Microsoft.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// Search over the real content: pagefind's index (written when the site is published) finds Thai words, which a
/// whitespace tokeniser cannot (Thai is written without spaces between words). Without JavaScript the page still works.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [Theory]
    [InlineData("ทรัพย์สิน", "/measures/")]
    [InlineData("สินบน", "/announcements/")]
    [InlineData("ปราบปราม", "/announcements/")] // a word of input/thai-words.txt: in a no-wrap span on every page
    public async Task A_thai_word_finds_the_measure_or_announcement_it_is_in(string word, string section)
    {
        var page = await site.NewPageAsync(javaScript: true);
        await page.GotoAsync("/search/");
        var input = page.Locator(".pagefind-ui__search-input");
        await input.FillAsync(word);

        var links = page.Locator(".pagefind-ui__result-link");
        await links.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.Contains(hrefs, h => h.StartsWith(section, StringComparison.Ordinal) && h.Length > section.Length);
        // The Thai index only: no English page is among the results.
        Assert.DoesNotContain(hrefs, h => h.StartsWith("/en/", StringComparison.Ordinal));
        Assert.False(await page.Locator(".search-nojs").IsVisibleAsync());
    }

    [Fact]
    public async Task English_search_uses_the_english_index()
    {
        var page = await site.NewPageAsync(javaScript: true);
        await page.GotoAsync("/en/search/");
        await page.Locator(".pagefind-ui__search-input").FillAsync("bribe");
        var links = page.Locator(".pagefind-ui__result-link");
        await links.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.All(hrefs, h => Assert.StartsWith("/en/", h));
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_links_the_lists()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/measures/");
        await page.Locator("header .search-link").ClickAsync();
        Assert.EndsWith("/search/", page.Url);
        Assert.True(await page.Locator(".search-nojs").IsVisibleAsync());
        await page.Locator(".search-browse a[href='/measures/']").ClickAsync();
        Assert.EndsWith("/measures/", page.Url);
    }
}
