using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>The page assessors are sent to: /ita/2564/ and /en/ita/2564/.</summary>
public sealed class IndexPageTests
{
    [Fact]
    public async Task The_short_address_shows_every_assessed_year_side_by_side_newest_first()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2564, 2569]"), [2564, 2566, 2568, 2569], ItaSite.Page("memo", "integrity-measures"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var (path, prefix) in new[] { ("ita/index.html", "/"), ("en/ita/index.html", "/en/") })
        {
            var rows = result.Html(path).QuerySelectorAll("table.ita-years tbody tr");
            Assert.Equal(["2569", "2564"], rows.Select(r => r.GetAttribute("data-year")));
            Assert.Equal($"{prefix}ita/2569/", rows[0].QuerySelector("th a")!.GetAttribute("href"));
            // 2564: o42 alone: indicator 10 = (0/8 + 1/2) / 2 = 25, indicator 9 = 0, so OIT = 12.50.
            // 2569: the same concept is O23, one of four in 10.2: indicator 10 = (0/2 + 1/4) / 2 = 12.5, so OIT = 6.25.
            Assert.Equal(["6.25", "12.50"], rows.Select(r => r.QuerySelector(".ita-years__oit")!.TextContent));
            Assert.NotNull(rows[0].QuerySelector(".ita-unverified"));
        }
    }

    [Fact]
    public async Task The_index_puts_the_score_and_what_does_not_score_before_the_items_and_names_what_partial_items_lack()
    {
        var contact = ItaSite.PageWith("contact", ItaSite.FullBody(without: "email"), "contact");
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2569]"), [2564, 2566, 2568, 2569], contact);
        var html = result.Html("ita/2569/index.html");
        var sections = html.QuerySelectorAll("main section").Select(s => s.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(["ita-scores-heading", "ita-todo-heading", "ita-items-heading"], sections);
        var first = html.QuerySelector(".ita-todo li")!;
        Assert.Equal("#O4", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("ข้อมูลไม่ครบ", first.TextContent);
        Assert.Contains("ยังขาด: ไปรษณีย์อิเล็กทรอนิกส์ (e-mail)", first.TextContent);
        Assert.Contains("Still lacks: e-mail address", result.Html("en/ita/2569/index.html").QuerySelector(".ita-todo li")!.TextContent);
        Assert.Equal(7, html.QuerySelectorAll("details.ita-sub").Length);
        Assert.Equal("partial", html.GetElementById("O4")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task A_page_names_its_items_by_title_in_every_assessed_year_never_a_bare_code()
    {
        var result = await ItaSite.BuildWithAsync(ItaSite.SiteYml("years: [2564, 2569]"), [2564, 2566, 2568, 2569], ItaSite.Page("memo", "o42"));
        var items = result.Html("memo/index.html").QuerySelectorAll(".ita-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["ITA 2569 O23 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ITA 2564 o42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"], items);
        Assert.Equal("/ita/2569/#O23", result.Html("memo/index.html").QuerySelector(".ita-codes a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Site_covering_every_item_links_every_item_and_shows_OIT_100()
    {
        var external = """
            evidence:
              - item: o17
                year: 2564
                title: { th: บริการออนไลน์, en: Online services }
                url: https://eservice.example.go.th/
              - item: o23
                title: { th: สขร.1 มีนาคม 2564 }
                url: /files/procurement-2021-03.pdf
                date: 2021-03-31
            """;
        var pages = ItaSite.AllCodes2564.Where(c => c is not "o17" and not "o23" and not "o31").Select(c => ItaSite.Page($"item-{c[1..]}", c));
        var result = await ItaSite.BuildAsync([.. pages, .. ItaSite.Statistics(2564, new DateOnly(2021, 3, 31), "o31"), ("ita/evidence.yml", external), ("files/procurement-2021-03.pdf", "%PDF-1.4")]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        foreach (var path in new[] { "ita/2564/index.html", "en/ita/2564/index.html" })
        {
            var html = result.Html(path);
            var rows = html.QuerySelectorAll("table.ita-items tbody tr");
            Assert.Equal(43, rows.Length);
            Assert.All(rows, row =>
            {
                Assert.Equal("present", row.GetAttribute("data-state"));
                Assert.NotNull(row.QuerySelector(".ita-evidence a[href]"));
            });
            Assert.Equal("100.00", html.QuerySelector(".ita-scores__oit .ita-score")!.TextContent);
        }
        var th = result.Html("ita/2564/index.html");
        Assert.Equal("/item-42/", th.GetElementById("o42")!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://eservice.example.go.th/", th.GetElementById("o17")!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/files/procurement-2021-03.pdf", th.GetElementById("o23")!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("31 มีนาคม 2564", th.GetElementById("o23")!.TextContent);
        Assert.Equal(100m, result.Year().Oit());
    }

    [Fact]
    public async Task Thai_and_English_pages_are_translations_with_the_item_titles_of_the_catalogue()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Page("contact", "o5"));
        var th = result.Html("ita/2564/index.html");
        var en = result.Html("en/ita/2564/index.html");
        Assert.Equal("th", th.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/en/ita/2564/", th.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Equal("/ita/2564/", en.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Equal("ข้อมูลการติดต่อ", th.GetElementById("o5")!.QuerySelector(".ita-item__title")!.TextContent);
        Assert.Equal("Contact", en.GetElementById("o5")!.QuerySelector(".ita-item__title")!.TextContent);
        Assert.Equal("มีข้อมูล", th.GetElementById("o5")!.QuerySelector(".ita-state")!.TextContent);
        Assert.Equal("ยังไม่มีข้อมูล", th.GetElementById("o1")!.QuerySelector(".ita-state")!.TextContent);
        Assert.Equal("Missing", en.GetElementById("o1")!.QuerySelector(".ita-state")!.TextContent);
        // An untranslated Thai page is linked from the English index and marked as Thai.
        Assert.Equal("th", en.GetElementById("o5")!.QuerySelector(".ita-evidence a")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Tables_are_accessible_and_stack_on_a_phone()
    {
        var result = await ItaSite.BuildAsync();
        var html = result.Html("ita/2564/index.html");
        var tables = html.QuerySelectorAll("table.ita-items");
        Assert.Equal(7, tables.Length);
        Assert.All(tables, table =>
        {
            Assert.True(table.ClassList.Contains("stack-table"));
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.QuerySelector("th")!.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody td, tbody th"), cell => Assert.False(string.IsNullOrEmpty(cell.GetAttribute("data-label"))));
        });
        var css = result.File("assets/site.css")!.ReadText();
        Assert.Contains(".stack-table [data-label]::before", css);
    }

    [Fact]
    public async Task Footer_of_every_page_links_the_ITA_index_when_a_year_is_published()
    {
        var result = await ItaSite.BuildAsync(ItaSite.Page("about", "o3"));
        foreach (var page in result.PublicPages().Where(f => f.Path != "404.html"))
        {
            var expected = page.Path.StartsWith("en/", StringComparison.Ordinal) ? "/en/ita/2564/" : "/ita/2564/";
            Assert.Contains(result.Html(page.Path).QuerySelectorAll("footer a"), a => a.GetAttribute("href") == expected);
        }
        var plain = await TestSite.BuildOkAsync();
        Assert.DoesNotContain(plain.Files, f => f.Path.StartsWith("ita/", StringComparison.Ordinal));
        Assert.DoesNotContain(plain.Html("index.html").QuerySelectorAll("footer a"), a => a.GetAttribute("href")!.Contains("/ita/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Output_is_byte_identical_across_builds()
    {
        (string, string)[] files = [ItaSite.Page("a", "o1", "o42"), ItaSite.Announcement("b", "2021-01-05", "o43"), ItaSite.Report("c", "2019-05-01", "o12")];
        var first = await ItaSite.BuildAsync(files);
        var second = await ItaSite.BuildAsync(files);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.True(pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content), pair.First.Path));
        Assert.Contains(first.Files, f => f.Path == CoverageJson.SitePath);
        Assert.Contains(first.Files, f => f.Path == "sitemap.xml" && f.ReadText().Contains("/ita/2564/", StringComparison.Ordinal));
    }
}
