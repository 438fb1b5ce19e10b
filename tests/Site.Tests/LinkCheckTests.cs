namespace IntegritySite.Site.Tests;

public sealed class LinkCheckTests
{
    [Fact]
    public async Task Broken_internal_link_is_reported_at_its_source_line()
    {
        var page = "---\ntitle: เกี่ยวกับเรา\n---\nย่อหน้าแรก\n\nดู [มาตรการ](/measures/nope/) ด้วย\n";
        var error = (await TestSite.BuildAsync(("pages/about.th.md", page))).SingleError();
        Assert.Equal("pages/about.th.md", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Contains("there is no page or file at /measures/nope/", error.Message);
    }

    [Fact]
    public async Task Broken_anchor_is_reported_and_thai_anchor_resolves()
    {
        var target = "---\ntitle: เป้าหมาย\n---\n## ภาษาไทยที่นี่\n";
        var good = "---\ntitle: ดี\n---\n[ไป](/target/#ภาษาไทยที่นี่)\n";
        var encoded = "---\ntitle: ดีเช่นกัน\n---\n[ไป](/target/#%E0%B8%A0%E0%B8%B2%E0%B8%A9%E0%B8%B2%E0%B9%84%E0%B8%97%E0%B8%A2%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B8%99%E0%B8%B5%E0%B9%88)\n";
        var bad = "---\ntitle: เสีย\n---\n\n[ไป](/target/#ไม่มี)\n";
        var result = await TestSite.BuildAsync(("pages/target.th.md", target), ("pages/good.th.md", good), ("pages/encoded.th.md", encoded), ("pages/bad.th.md", bad));
        var error = result.SingleError();
        Assert.Equal(("pages/bad.th.md", 5), (error.Path, error.Line));
        Assert.Contains("has no heading or element with id 'ไม่มี'", error.Message);
    }

    [Fact]
    public async Task Anchor_on_a_link_to_index_html_is_checked_too()
    {
        var target = "---\ntitle: เป้าหมาย\n---\n## มีอยู่\n";
        var good = "---\ntitle: ดี\n---\n[ไป](/target/index.html#มีอยู่)\n";
        var bad = "---\ntitle: เสีย\n---\n[ไป](/target/index.html#ไม่มี)\n";
        var error = (await TestSite.BuildAsync(("pages/target.th.md", target), ("pages/good.th.md", good), ("pages/bad.th.md", bad))).SingleError();
        Assert.Equal("pages/bad.th.md", error.Path);
        Assert.Contains("has no heading or element with id 'ไม่มี'", error.Message);
    }

    [Fact]
    public async Task Evidence_link_in_front_matter_is_checked_at_its_line()
    {
        var history = "history:\n  - date: 2021-03-25\n    status: done\n    evidence: [/reports/missing/]";
        var error = (await TestSite.BuildAsync(("measures/01-a.th.md", TestSite.Measure(1, history: history)))).SingleError();
        Assert.Equal(("measures/01-a.th.md", 12), (error.Path, error.Line));
        Assert.Contains("/reports/missing/", error.Message);
    }

    [Fact]
    public async Task Links_to_files_pages_and_external_sites_pass()
    {
        var page = "---\ntitle: ลิงก์\n---\n[pdf](/files/plan.pdf) [ext](https://www.nacc.go.th/) [m](/measures/) [api](/api/complaints) [mail](mailto:a@b.c)\n";
        var result = await TestSite.BuildAsync(("pages/links.th.md", page), ("files/plan.pdf", "%PDF-1.4"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.File("files/plan.pdf"));
    }

    [Fact]
    public async Task Link_to_page_without_trailing_slash_is_an_error()
    {
        var error = (await TestSite.BuildAsync(("pages/a.th.md", "---\ntitle: ก\n---\n[m](/measures)\n"))).SingleError();
        Assert.Contains("should end with '/'", error.Message);
    }
}
