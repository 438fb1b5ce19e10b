using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace IntegritySite.Site.Tests;

public sealed class OutputTests
{
    private static readonly (string, string)[] SmallSite =
    [
        ("measures/01-a.th.md", TestSite.Measure(1, status: "done", history: "history:\n  - date: 2021-01-10\n    status: in-progress\n  - date: 2021-03-20\n    status: done")),
        ("measures/02-b.th.md", TestSite.Measure(2, status: "in-progress", history: "history:\n  - date: 2021-04-01\n    status: in-progress")),
        ("measures/03-c.th.md", TestSite.Measure(3, status: "not-started")),
        ("measures/01-a.en.md", TestSite.Measure(1, status: "done", history: "history:\n  - date: 2021-01-10\n    status: in-progress\n  - date: 2021-03-20\n    status: done").Replace("มาตรการที่ 1", "Measure one")),
        ("announcements/2021-03-01-no-gift.th.md", "---\ntitle: ประกาศ No Gift, \"ห้ามรับ\"\ndate: 2021-03-01\nkind: no-gift\n---\nไม่รับของขวัญ\n"),
        ("reports/2021-03-25-memo.th.md", "---\ntitle: รายงาน\ndate: 2021-03-25\nkind: integrity-measures\nmeasures_table: true\n---\n"),
    ];

    [Fact]
    public async Task Clean_urls_for_every_kind_in_both_languages()
    {
        var result = await TestSite.BuildOkAsync(SmallSite);
        foreach (var path in new[] { "index.html", "en/index.html", "measures/index.html", "measures/a/index.html", "en/measures/a/index.html",
                     "announcements/index.html", "announcements/no-gift/index.html", "reports/memo/index.html", "en/reports/index.html",
                     "404.html", "feed.xml", "en/feed.xml", "sitemap.xml", "robots.txt", "measures.json", "measures.csv", "assets/site.css" })
        {
            Assert.NotNull(result.File(path));
        }
    }

    [Fact]
    public async Task Home_counts_measures_per_status_with_an_svg_chart()
    {
        var html = (await TestSite.BuildOkAsync(SmallSite)).Html("index.html");
        var legend = html.QuerySelectorAll(".status-legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["ดำเนินการเรียบร้อยแล้ว 1 มาตรการ", "อยู่ระหว่างดำเนินการ 1 มาตรการ", "ยังไม่ดำเนินการ 1 มาตรการ"], legend);
        var svg = html.QuerySelector("svg[role=img]")!;
        Assert.Contains("ดำเนินการเรียบร้อยแล้ว 1", svg.QuerySelector("title")!.TextContent);
        // Each bar is named in the picture itself, not only by its colour in the legend (WCAG 1.4.1).
        Assert.Equal(["ดำเนินการเรียบร้อยแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"], svg.QuerySelectorAll("text.bar-name").Select(t => t.TextContent));
        Assert.Equal(["1", "1", "1"], svg.QuerySelectorAll("text.bar-label").Select(t => t.TextContent));
        Assert.Empty(html.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Report_table_shows_each_status_as_of_the_report_date()
    {
        var html = (await TestSite.BuildOkAsync(SmallSite)).Html("reports/memo/index.html");
        var statuses = html.QuerySelectorAll("table.measures-table tbody .status").Select(s => s.TextContent).ToList();
        // On 25 March 2021 measure 1 was done, measure 2 had not started (its first entry is 1 April), measure 3 has no history.
        Assert.Equal(["ดำเนินการเรียบร้อยแล้ว", "ยังไม่ดำเนินการ", "ยังไม่ดำเนินการ"], statuses);
        Assert.Contains("25 มีนาคม 2564", html.QuerySelector("table.measures-table thead")!.TextContent);
    }

    [Fact]
    public async Task Measure_page_shows_steps_owner_monitoring_and_history_newest_first()
    {
        var html = (await TestSite.BuildOkAsync(SmallSite)).Html("measures/a/index.html");
        Assert.Equal("ขั้นตอนแรก", html.QuerySelector("#steps + ol li")!.TextContent);
        Assert.Contains("สำนักปลัด", html.QuerySelector(".facts")!.TextContent);
        Assert.Contains("รายงาน ณ สิ้นปีงบประมาณ", html.QuerySelector(".facts")!.TextContent);
        var times = html.QuerySelectorAll(".timeline time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2021-03-20", "2021-01-10"], times);
    }

    [Fact]
    public async Task Csv_opens_in_excel_with_thai_and_quotes_commas()
    {
        var bytes = (await TestSite.BuildOkAsync(SmallSite)).File("measures.csv")!.Content;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("number,title_th,title_en,status,status_th,responsible_th,monitoring_th,steps_th,last_update,url", lines[0]);
        Assert.StartsWith("1,มาตรการที่ 1,Measure one,done,ดำเนินการเรียบร้อยแล้ว,สำนักปลัด,", lines[1]);
        Assert.EndsWith(",2021-03-20,https://test.example/measures/a/", lines[1]);
    }

    [Fact]
    public async Task Json_has_every_measure_with_history()
    {
        var json = JsonDocument.Parse((await TestSite.BuildOkAsync(SmallSite)).File("measures.json")!.ReadText());
        var measures = json.RootElement.GetProperty("measures");
        Assert.Equal(3, measures.GetArrayLength());
        Assert.Equal("in-progress", measures[1].GetProperty("status").GetString());
        Assert.Equal("2021-01-10", measures[0].GetProperty("history")[0].GetProperty("date").GetString());
        Assert.Equal("Measure one", measures[0].GetProperty("title_en").GetString());
    }

    [Fact]
    public async Task Sitemap_lists_pages_with_language_alternates_and_robots_points_to_it()
    {
        var result = await TestSite.BuildOkAsync(SmallSite);
        var sitemap = XDocument.Parse(result.File("sitemap.xml")!.ReadText());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("https://test.example/measures/a/", locs);
        Assert.Contains("https://test.example/en/measures/a/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404"));
        Assert.Contains("Sitemap: https://test.example/sitemap.xml", result.File("robots.txt")!.ReadText());
    }

    [Fact]
    public async Task Not_found_page_speaks_both_languages()
    {
        var html = (await TestSite.BuildOkAsync(SmallSite)).Html("404.html");
        Assert.Equal("ไม่พบหน้าที่ต้องการ", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("Page not found", html.QuerySelector("[lang=en] h2")!.TextContent);
    }

    [Fact]
    public async Task Feed_escapes_titles_and_carries_thai()
    {
        var feed = XDocument.Parse((await TestSite.BuildOkAsync(SmallSite)).File("feed.xml")!.ReadText());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("ประกาศ No Gift, \"ห้ามรับ\"", feed.Root!.Element(atom + "entry")!.Element(atom + "title")!.Value);
        Assert.Equal("th", feed.Root.Attribute(XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public async Task Feed_carries_the_newest_announcements_only()
    {
        var files = Enumerable.Range(1, Outputs.AtomFeedWriter.Entries + 5).Select(i =>
        {
            var date = new DateOnly(2021, 1, 1).AddDays(i);
            return ($"announcements/{date:yyyy-MM-dd}-notice-{i}.th.md", $"---\ntitle: ประกาศฉบับที่ {i}\ndate: {date:yyyy-MM-dd}\nkind: general\n---\nข้อความ\n");
        }).ToArray();
        var feed = XDocument.Parse((await TestSite.BuildOkAsync(files)).File("feed.xml")!.ReadText());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Equal(Outputs.AtomFeedWriter.Entries, titles.Count);
        Assert.Equal($"ประกาศฉบับที่ {Outputs.AtomFeedWriter.Entries + 5}", titles[0]);
        Assert.DoesNotContain("ประกาศฉบับที่ 5", titles);
    }

    [Fact]
    public async Task Complaint_form_page_posts_the_api_fields_without_javascript()
    {
        var page = "---\ntitle: แจ้งเรื่อง\nlayout: complaint-form\n---\n";
        var html = (await TestSite.BuildOkAsync(("pages/report-corruption.th.md", page))).Html("report-corruption/index.html");
        var form = html.QuerySelector("form.complaint-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/api/complaints/check", form.GetAttribute("action"));
        var names = form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")).Distinct().ToList();
        Assert.Equal(["category", "what", "who", "when", "where", "how_known", "evidence", "contact", "website", "lang"], names);
        Assert.All(form.QuerySelectorAll("input[type=text], textarea"), field => Assert.NotNull(html.QuerySelector($"label[for='{field.Id}']")));
        Assert.Empty(html.QuerySelectorAll("script"));
        // The browser's limits are the intake's own (one list in functions/Core): what 6,000 characters, when 500, ...
        foreach (var field in form.QuerySelectorAll("input[type=text]:not(#website), textarea"))
        {
            Assert.Equal(IntegritySite.Core.Complaints.FieldLimits.MaxChars[field.GetAttribute("name")!].ToString(System.Globalization.CultureInfo.InvariantCulture), field.GetAttribute("maxlength"));
        }
        Assert.Equal("6000", form.QuerySelector("#what")!.GetAttribute("maxlength"));
        Assert.Equal("500", form.QuerySelector("#when")!.GetAttribute("maxlength"));
        // Who, when and where: one of the three is required, so none is labelled optional.
        Assert.All(new[] { "who", "when", "where" }, name => Assert.Contains("1 ใน 3", html.QuerySelector($"label[for='{name}']")!.TextContent));
    }

    [Fact]
    public async Task Static_host_config_sends_no_referrer_a_strict_policy_and_keeps_complaint_pages_out_of_caches()
    {
        var page = "---\ntitle: แจ้งเรื่อง\nlayout: complaint-form\n---\n";
        var result = await TestSite.BuildOkAsync(("pages/report-corruption.th.md", page));
        var config = JsonDocument.Parse(result.File("staticwebapp.config.json")!.ReadText()).RootElement;
        var headers = config.GetProperty("globalHeaders");
        Assert.Equal("no-referrer", headers.GetProperty("Referrer-Policy").GetString());
        Assert.Contains("frame-ancestors 'none'", headers.GetProperty("Content-Security-Policy").GetString());
        Assert.Equal("/404.html", config.GetProperty("responseOverrides").GetProperty("404").GetProperty("rewrite").GetString());
        var route = config.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("route").GetString() == "/report-corruption/*");
        Assert.Equal("no-store", route.GetProperty("headers").GetProperty("Cache-Control").GetString());
        Assert.Equal("no-referrer", result.Html("report-corruption/index.html").QuerySelector("meta[name=referrer]")!.GetAttribute("content"));
        Assert.StartsWith("max-age=31536000", headers.GetProperty("Strict-Transport-Security").GetString());
    }

    [Theory]
    [InlineData("2021-09-30", false)]
    [InlineData("2021-10-01", true)]
    public async Task An_announcement_is_marked_expired_from_the_day_after_it_expires(string builtOn, bool expired)
    {
        var text = "---\ntitle: ประกาศปีงบประมาณ 2564\ndate: 2020-10-01\nkind: no-gift\nexpires: 2021-09-30\n---\n";
        var result = await TestSite.BuildOnAsync(DateOnly.Parse(builtOn, System.Globalization.CultureInfo.InvariantCulture), ("announcements/a.th.md", text));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Html("announcements/a/index.html");
        Assert.Contains("30 กันยายน 2564", page.QuerySelector(".meta")!.TextContent);
        Assert.Equal(expired, page.QuerySelector(".expired")?.TextContent == "สิ้นผลแล้ว");
        Assert.Equal(expired, result.Html("announcements/index.html").QuerySelector(".document-list .meta")!.TextContent.Contains("สิ้นผลแล้ว"));
    }
}
