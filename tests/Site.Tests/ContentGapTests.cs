using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Tests;

/// <summary>
/// Issue 11 item 9: what the memo lacks (an e-mail, a map, the signed PDF) is written in input/ as a visible
/// placeholder ("รอข้อมูล: …"): readers see it as missing, and check warns at its line until it is replaced.
/// </summary>
public sealed class ContentGapTests
{
    [Fact]
    public async Task A_gap_is_shown_as_missing_and_warned_about_at_its_line()
    {
        var result = await TestSite.BuildOkAsync(("pages/contact.th.md", "---\ntitle: ติดต่อเรา\nlayout: page\n---\n- โทรศัพท์ 0 3938 7038\n\nรอข้อมูล: อีเมลของหน่วยงาน\n"));

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("content still missing"));
        Assert.Equal(("pages/contact.th.md", 7), (warning.Path, warning.Line));
        Assert.Equal("รอข้อมูล: อีเมลของหน่วยงาน", result.Html("contact/index.html").QuerySelector("main p.content-gap")!.TextContent);
    }

    [Fact]
    public async Task A_marker_in_bold_starts_a_gap_and_one_further_in_a_long_paragraph_does_not()
    {
        var long_ = string.Concat(Enumerable.Repeat("ข้อความยาว ", 20)) + "รอข้อมูล: ไม่ใช่ช่องว่าง";
        var result = await TestSite.BuildOkAsync(("pages/contact.th.md", $"---\ntitle: ติดต่อเรา\nlayout: page\n---\n**รอข้อมูล:** แผนที่\n\n{long_}\n"));

        var gaps = result.Html("contact/index.html").QuerySelectorAll("main p.content-gap");
        Assert.Equal("รอข้อมูล: แผนที่", Assert.Single(gaps).TextContent);
    }

    [Fact]
    public async Task The_shipped_content_marks_what_the_memo_lacks()
    {
        var root = IntegritySite.Site.Publishing.RepoRootFinder.Find(AppContext.BaseDirectory);
        var result = await new IntegritySite.Site.Pipeline.SiteBuilder().BuildAsync(IntegritySite.Site.Content.SiteSource.FromDirectory(Path.Combine(root, "input")));

        var gaps = result.Diagnostics.Where(d => d.Message.Contains("content still missing")).Select(d => d.Path).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Contains("pages/contact.th.md", gaps);
        Assert.Contains("pages/contact.en.md", gaps);
        Assert.Contains("reports/2021-03-25-integrity-measures-2564.th.md", gaps);
        Assert.Contains("announcements/2021-03-01-no-gift-policy.th.md", gaps);
        Assert.Contains("announcements/2021-03-01-conflict-of-interest-prevention.th.md", gaps);
    }
}
