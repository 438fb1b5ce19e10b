using IntegritySite.Site.Publishing;
using System.Xml.Linq;
using IntegritySite.Site.Content;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Tests;

/// <summary>Builds the municipality's real input/ and checks what a citizen and an assessor would look for.</summary>
public sealed class RealInputTests
{
    private static readonly Lazy<Task<BuildResult>> Build = new(() =>
        new SiteBuilder().BuildAsync(SiteSource.FromDirectory(Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input"))));

    [Fact]
    public async Task Real_input_builds_without_errors()
    {
        var result = await Build.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Every_page_declares_an_icon_that_exists_and_links_the_ita_pages_by_year()
    {
        var result = await Build.Value;
        foreach (var page in result.PublicPages())
        {
            var html = result.Html(page.Path);
            var icon = html.QuerySelector("link[rel=icon]")?.GetAttribute("href");
            Assert.True(icon is not null, $"{page.Path} declares no icon, so browsers ask for a missing /favicon.ico");
            Assert.NotNull(result.File(icon!.TrimStart('/')));
        }
        Assert.Contains("/ita/", result.Html("index.html").QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
        // A meta description on every page; a document's own, so search results tell pages apart.
        var descriptions = result.PublicPages().ToDictionary(f => f.Path, f => result.Html(f.Path).QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.All(descriptions, d => Assert.False(string.IsNullOrWhiteSpace(d.Value), $"{d.Key} has no meta description"));
        Assert.All(descriptions.Values, d => Assert.True(d!.Length <= Model.PlainText.SummaryChars + 1, d));
        var measures = descriptions.Where(d => d.Key.StartsWith("measures/", StringComparison.Ordinal) && d.Key.Count(c => c == '/') == 2).Select(d => d.Value).ToList();
        Assert.Equal(10, measures.Distinct().Count());
        Assert.Contains("/en/ita/", result.Html("en/index.html").QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Ten_measure_pages_in_each_language()
    {
        var result = await Build.Value;
        Assert.Equal(10, result.Files.Count(f => f.Path.StartsWith("measures/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 2 && f.IsHtml));
        Assert.Equal(10, result.Files.Count(f => f.Path.StartsWith("en/measures/", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 3 && f.IsHtml));
    }

    [Fact]
    public async Task Measures_table_has_ten_rows_with_the_memo_status()
    {
        var result = await Build.Value;
        var html = result.Html("measures/index.html");
        var rows = html.QuerySelectorAll("table.measures-table tbody tr");
        Assert.Equal(10, rows.Length);
        Assert.All(rows, row => Assert.Equal("ดำเนินการเรียบร้อยแล้ว", row.QuerySelector(".status")!.TextContent));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => n.ToString()), rows.Select(r => r.QuerySelector("td")!.TextContent));
    }

    [Fact]
    public async Task Memo_report_shows_measures_as_of_25_March_2564()
    {
        var result = await Build.Value;
        var html = result.Html("reports/integrity-measures-2564/index.html");
        Assert.Contains("25 มีนาคม 2564", html.QuerySelector(".meta")!.TextContent);
        Assert.Equal(10, html.QuerySelectorAll("table.measures-table tbody tr").Length);
        Assert.Equal("th", html.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task English_pages_are_english_and_linked_to_their_thai_originals()
    {
        var result = await Build.Value;
        var en = result.Html("en/measures/state-property-use/index.html");
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/measures/state-property-use/", en.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Contains("25 March 2021", en.QuerySelector(".timeline")!.TextContent);
        var th = result.Html("measures/state-property-use/index.html");
        Assert.Equal("/en/measures/state-property-use/", th.QuerySelector(".language-switch a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Announcements_feed_is_valid_atom_with_both_announcements()
    {
        var result = await Build.Value;
        var feed = XDocument.Parse(result.File("feed.xml")!.ReadText());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "title")?.Value));
            Assert.StartsWith("https://", e.Element(atom + "id")!.Value);
            Assert.NotNull(e.Element(atom + "updated"));
        });
        Assert.Contains(entries, e => e.Element(atom + "link")!.Attribute("href")!.Value.EndsWith("/announcements/no-gift-policy/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_links_the_corruption_report_form_in_its_footer()
    {
        var result = await Build.Value;
        foreach (var page in result.PublicPages())
        {
            var html = result.Html(page.Path);
            var expected = page.Path.StartsWith("en/", StringComparison.Ordinal) ? "/en/report-corruption/" : "/report-corruption/";
            Assert.True(html.QuerySelectorAll("footer a").Any(a => a.GetAttribute("href") == expected), $"{page.Path} has no footer link to {expected}");
        }
    }
}
