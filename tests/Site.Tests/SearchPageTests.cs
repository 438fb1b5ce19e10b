namespace IntegritySite.Site.Tests;

/// <summary>The search page and what pagefind reads, checked on an in-memory build (no pagefind needed).</summary>
public sealed class SearchPageTests
{
    private static readonly (string, string)[] Site =
    [
        ("measures/01-a.th.md", TestSite.Measure(1)),
        ("measures/01-a.en.md", TestSite.Measure(1).Replace("มาตรการที่ 1", "Measure one")),
        ("announcements/2021-03-01-no-gift.th.md", "---\ntitle: ประกาศ No Gift\ndate: 2021-03-01\nkind: no-gift\n---\nไม่รับของขวัญ\n"),
    ];

    [Theory]
    [InlineData("search/index.html", "th", "ค้นหาในเว็บไซต์", "/measures/")]
    [InlineData("en/search/index.html", "en", "Search this site", "/en/measures/")]
    public async Task Search_page_works_without_javascript_and_loads_pagefind_from_self(string path, string lang, string title, string measures)
    {
        var html = (await TestSite.BuildOkAsync(Site)).Html(path);
        Assert.Equal(lang, html.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, html.QuerySelector("h1")!.TextContent);
        Assert.NotNull(html.QuerySelector(".search-nojs"));
        Assert.Contains(measures, html.QuerySelectorAll(".search-browse a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/pagefind/pagefind-ui.js", "/assets/search.js"], html.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.All(html.QuerySelectorAll("script"), s => Assert.Equal("", s.TextContent));
        Assert.Contains("/pagefind/pagefind-ui.css", html.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.False(html.QuerySelector("main")!.HasAttribute("data-pagefind-body"));
    }

    [Fact]
    public async Task Every_page_links_to_search_in_the_header_and_only_the_search_page_has_scripts()
    {
        var result = await TestSite.BuildOkAsync(Site);
        Assert.NotNull(result.File("assets/search.js"));
        foreach (var file in result.PublicPages())
        {
            var html = result.Html(file.Path);
            var search = html.QuerySelector("header .search-link");
            Assert.NotNull(search);
            Assert.Equal(html.DocumentElement.GetAttribute("lang") == "en" ? "/en/search/" : "/search/", search.GetAttribute("href"));
            var isSearch = file.Path.EndsWith("search/index.html", StringComparison.Ordinal);
            Assert.Equal(isSearch, html.QuerySelectorAll("script").Length > 0);
            // Only the main content of real pages is indexed (the 404 page and the search page are not).
            var indexed = !isSearch && file.Path != "404.html";
            Assert.Equal(indexed, html.QuerySelector("main")!.HasAttribute("data-pagefind-body"));
            Assert.Equal(indexed ? 1 : 0, html.QuerySelectorAll("[data-pagefind-body]").Length);
        }
    }

    [Fact]
    public async Task Search_page_is_not_in_the_sitemap()
    {
        var sitemap = (await TestSite.BuildOkAsync(Site)).File("sitemap.xml")!.ReadText();
        Assert.DoesNotContain("/search/", sitemap);
    }
}
