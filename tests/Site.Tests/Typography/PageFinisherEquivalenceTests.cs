using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using IntegritySite.Site.Checks;
using IntegritySite.Site.Content;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Publishing;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Tests.Typography;

/// <summary>
/// The one-pass finisher (ICU called directly, spans inserted into the HTML as written) gives the pages the DOM stage
/// gave (<see cref="ReferenceLineBreaks"/>): the same document — the same spans around the same words, the rest
/// unchanged — and the same ids and links, on every page of input/ and on a generated corpus of hard Thai text.
/// </summary>
public sealed partial class PageFinisherEquivalenceTests
{
    private static readonly string Input = Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input");

    [Fact]
    public async Task Every_page_of_the_real_site_finishes_as_the_dom_stage_finished_it()
    {
        var source = SiteSource.FromDirectory(Input);
        var result = await new SiteBuilder().BuildAsync(source);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var pages = result.PublicPages().Select(f => (f.Path, Html: f.ReadText())).ToList();
        Assert.True(pages.Count > 40);
        AssertSameAsReference(ThaiWordListReader.Read(source, new DiagnosticBag()), pages, expectSpans: true);
    }

    [Fact]
    public async Task A_generated_corpus_of_hard_thai_text_finishes_as_the_dom_stage_finished_it()
    {
        var words = ThaiWordListReader.Read(SiteSource.FromDirectory(Input), new DiagnosticBag());
        var vocabulary = ThaiRuns().ToArray();
        var random = new Random(14);
        var files = new List<(string, string)> { ("thai-words.txt", string.Join("\n", words.Terms)) };
        for (var i = 0; i < 30; i++)
        {
            files.Add(($"pages/p{i}.th.md", $"---\ntitle: {Phrase(random, vocabulary, 8)}\n---\n{Body(random, vocabulary, i)}"));
        }
        var result = await TestSite.BuildOkAsync([.. files]);
        var pages = result.Files.Where(f => f.IsHtml && f.Path.StartsWith('p')).Select(f => (f.Path, Html: f.ReadText())).ToList();
        Assert.Equal(30, pages.Count);
        AssertSameAsReference(words, pages, expectSpans: true);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>ร้องเรียน<code/>การทุจริต</p></body></html>")]
    [InlineData("<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>ร้องเรียน &bogus; การทุจริต</p></body></html>")]
    [InlineData("<!DOCTYPE html>\n<html><head></head><body><select><option>ร้องเรียน<option>ประพฤติมิชอบ</select><p>ผู้รับผิดชอบ</p></body></html>")]
    [InlineData("<!DOCTYPE html>\n<html><head></head><body><template><p id=t>ร้องเรียน</p></template><p>ร้องเรียนการทุจริต</p></body></html>")]
    [InlineData("<!DOCTYPE html>\n<html><head></head><body><table>ร้องเรียน<tr><td>ประพฤติมิชอบ</td></tr></table></body></html>")]
    public void Markup_the_one_pass_does_not_read_goes_through_the_dom_with_the_same_result(string html)
    {
        using var segmenter = new ThaiSegmenter(new ThaiWordList(["ร้องเรียน", "ประพฤติมิชอบ", "ผู้รับผิดชอบ"]));
        var finisher = new PageFinisher(segmenter);
        var page = new RenderedPage("/p/", html, null, new Dictionary<Language, string>());
        if (!html.Contains("<table>ร"))
        {
            Assert.Null(finisher.FinishInOnePass(page));
        }
        using var reference = new ReferenceLineBreaks(new ThaiWordList(["ร้องเรียน", "ประพฤติมิชอบ", "ผู้รับผิดชอบ"]));
        var expected = reference.Finish(html);
        var finished = finisher.Finish(page);
        Assert.Equal(Normalized(expected.Html), Normalized(finished.Page.Html));
        Assert.Equal(expected.Anchors.Ids.Order(), finished.Anchors.Ids.Order());
    }

    /// <summary>The finisher asks ICU's line breaker about each run of Thai alone; the reference asks about the whole
    /// text. Runs at odd edges: after a Latin letter or a bracket, starting with a vowel sign, with digits, ๆ, ฯ, ฿.</summary>
    [Theory]
    [InlineData("Aั้นตอนการร้องเรียน")]
    [InlineData("(ั้นตอน)การดำเนินงาน")]
    [InlineData("ค่าธรรมเนียม ฿๑๐๐บาทต่อครั้ง")]
    [InlineData("กรุงเทพฯเป็นเมืองหลวง ฯลฯ")]
    [InlineData("ปี๒๕๖๗ดำเนินการแล้วเสร็จๆกันไป")]
    [InlineData("\"มาตรการ\"ส่งเสริมคุณธรรม—และ“ความโปร่งใส”")]
    [InlineData("เทศบาลตำบลโป่งน้ำร้อน2567รายงานผลการดำเนินงาน")]
    public void A_run_of_thai_breaks_as_it_does_inside_its_whole_text(string text)
    {
        var html = $"<!DOCTYPE html>\n<html><head></head><body><p>{System.Net.WebUtility.HtmlEncode(text)}</p></body></html>";
        var words = new ThaiWordList(["ร้องเรียน"]);
        using var segmenter = new ThaiSegmenter(words);
        using var reference = new ReferenceLineBreaks(words);
        var finished = new PageFinisher(segmenter).Finish(new RenderedPage("/p/", html, null, new Dictionary<Language, string>()));
        Assert.Equal(Normalized(reference.Finish(html).Html), Normalized(finished.Page.Html));
    }

    [Fact]
    public void Entities_attributes_and_untouched_elements_are_read_as_a_parser_reads_them()
    {
        const string html = """
            <!DOCTYPE html>
            <html lang="th"><head><title>ร้องเรียน</title><link rel="stylesheet" href="/a.css" /><link rel=icon href='/i.svg'></head>
            <body><a name="top"></a><h1 id="h&#x2B;1" title="ร้องเรียน">A &amp; ร้องเรียน&lt;การทุจริต&gt; &#x27;ผู้รับผิดชอบ&#x27;</h1>
            <svg role="img" aria-labelledby="c"><title id="c">ร้องเรียน</title><rect width="1" /></svg>
            <pre><code>ร้องเรียนการทุจริต</code></pre><p>ผู้รับผิดชอบ<img src="/x.png" alt="ร้องเรียน"><a href="/p/#top">ประพฤติมิชอบ</a></p>
            <script>var s = "<p>ร้องเรียน</p>";</script></body></html>
            """;
        using var segmenter = new ThaiSegmenter(new ThaiWordList(["ร้องเรียน", "ประพฤติมิชอบ", "ผู้รับผิดชอบ"]));
        var finished = new PageFinisher(segmenter).FinishInOnePass(new RenderedPage("/p/", html, null, new Dictionary<Language, string>()));
        Assert.NotNull(finished);
        using var reference = new ReferenceLineBreaks(new ThaiWordList(["ร้องเรียน", "ประพฤติมิชอบ", "ผู้รับผิดชอบ"]));
        var expected = reference.Finish(html);
        Assert.Equal(Normalized(expected.Html), Normalized(finished.Page.Html));
        Assert.Equal(["c", "h+1", "top"], finished.Anchors.Ids.Order());
        Assert.Equal(expected.Anchors.Links, finished.Anchors.Links);
        Assert.Equal(["/p/#top", "/a.css", "/i.svg", "/x.png"], finished.Anchors.Links);
        Assert.Contains("A &amp; <span class=\"w\">ร้องเรียน</span>&lt;", finished.Page.Html);
    }

    private static void AssertSameAsReference(ThaiWordList words, List<(string Path, string Html)> pages, bool expectSpans)
    {
        using var segmenter = new ThaiSegmenter(words);
        var finisher = new PageFinisher(segmenter);
        using var reference = new ReferenceLineBreaks(words);
        var spans = 0;
        foreach (var (path, built) in pages)
        {
            // The page as rendered, before the stage: the built page without its spans.
            var rendered = WordSpan().Replace(built, "$1");
            var page = new RenderedPage("/" + path, rendered, null, new Dictionary<Language, string>());
            var expected = reference.Finish(rendered);
            var finished = finisher.FinishInOnePass(page);
            Assert.True(finished is not null, $"{path}: the one pass could not read the page");
            Assert.True(Normalized(expected.Html) == Normalized(finished.Page.Html), $"{path}: not the same page");
            Assert.Equal(Normalized(built), Normalized(finished.Page.Html));
            AssertSameAnchors(path, expected.Anchors, finished.Anchors);
            var dom = finisher.FinishWithDom(page);
            Assert.True(Normalized(expected.Html) == Normalized(dom.Page.Html), $"{path}: not the same page through the DOM");
            AssertSameAnchors(path, expected.Anchors, dom.Anchors);
            spans += WordSpan().Count(built);
        }
        Assert.True(!expectSpans || spans > pages.Count, $"only {spans} spans on {pages.Count} pages");
    }

    private static void AssertSameAnchors(string path, PageAnchors expected, PageAnchors actual)
    {
        Assert.True(expected.Ids.SetEquals(actual.Ids), $"{path}: ids {string.Join(" ", expected.Ids.Except(actual.Ids))} / {string.Join(" ", actual.Ids.Except(expected.Ids))}");
        Assert.Equal(expected.Links, actual.Links);
    }

    private static string Normalized(string html) => ThaiLineBreaks.Serialize(new HtmlParser().ParseDocument(html));

    /// <summary>Thai runs of the real content, to be joined without spaces: the dictionary's hard case.</summary>
    private static IEnumerable<string> ThaiRuns() =>
        Directory.EnumerateFiles(Input, "*.th.md", SearchOption.AllDirectories).Take(40)
            .SelectMany(f => ThaiRun().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .Distinct().Take(400);

    private static string Phrase(Random random, string[] vocabulary, int words) =>
        string.Concat(Enumerable.Range(0, words).Select(_ => random.Next(12) switch
        {
            0 => " ",
            1 => "ๆ ",
            2 => $"{random.Next(1, 2600):N0}",
            3 => "๒๕๖๗",
            4 => " (ร้องเรียน) ",
            5 => " Report ",
            _ => vocabulary[random.Next(vocabulary.Length)],
        }));

    private static string Body(Random random, string[] vocabulary, int i)
    {
        var body = new StringBuilder();
        body.Append($"## {Phrase(random, vocabulary, 5)}\n\n{Phrase(random, vocabulary, 40)} & {Phrase(random, vocabulary, 3)} <x> \"{Phrase(random, vocabulary, 2)}\"\n\n");
        body.Append($"- {Phrase(random, vocabulary, 6)}\n- **{Phrase(random, vocabulary, 3)}** `{Phrase(random, vocabulary, 2)}`\n\n");
        body.Append($"| {Phrase(random, vocabulary, 2)} | # |\n|---|---|\n| {Phrase(random, vocabulary, 4)} | {i} |\n\n");
        body.Append($"```\n{Phrase(random, vocabulary, 6)}\n```\n\n[{Phrase(random, vocabulary, 3)}](/p{(i + 1) % 30}/) *{Phrase(random, vocabulary, 30)}*\n");
        return body.ToString();
    }

    [GeneratedRegex("<span class=\"w\">([^<]*)</span>")]
    private static partial Regex WordSpan();

    [GeneratedRegex("[\u0E01-\u0E5B]{2,}")]
    private static partial Regex ThaiRun();
}
