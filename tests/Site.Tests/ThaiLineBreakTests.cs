using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Tests;

/// <summary>
/// Thai line breaking: the build splits Thai into words (ICU's dictionary, never inside a word of input/thai-words.txt)
/// and keeps each word the browser would break inside on one line, in a no-wrap span; everything else is left as written.
/// </summary>
public sealed class ThaiLineBreakTests
{
    private const string Words = "# คำที่ไม่ตัดกลางคำ\nร้องเรียน\nประพฤติมิชอบ\nผู้รับผิดชอบ\nงบประมาณ\n";

    private static string Page(string body) => $"---\ntitle: แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\n---\n{body}\n";

    private static string[] Split(ThaiSegmenter segmenter, string text) =>
        segmenter.Words(text).Select(w => text[w.Start..w.End]).ToArray();

    [Fact]
    public void The_word_list_joins_what_the_dictionary_splits_and_never_splits_a_word()
    {
        using var dictionaryOnly = new ThaiSegmenter(ThaiWordList.Empty);
        using var withList = new ThaiSegmenter(new ThaiWordList(["ร้องเรียน", "ท่าน", "ทราบ", "งบประมาณ"]));

        Assert.Equal(["ร้อง", "เรียน", "การ", "ทุจริต"], Split(dictionaryOnly, "ร้องเรียนการทุจริต"));
        Assert.Equal(["ร้องเรียน", "การ", "ทุจริต"], Split(withList, "ร้องเรียนการทุจริต"));
        // ICU splits ให้ท่านทราบ as ให้ท่า|นท|ราบ: listing ท่าน and ทราบ keeps the phrase whole rather than broken inside a word.
        Assert.Equal(["ให้ท่า", "นท", "ราบ"], Split(dictionaryOnly, "ให้ท่านทราบ"));
        Assert.Equal(["ให้ท่านทราบ"], Split(withList, "ให้ท่านทราบ"));
        // A listed word inside a longer one never cuts it (ปีงบประมาณ is one word to ICU) …
        Assert.Equal(["สิ้น", "ปีงบประมาณ"], Split(withList, "สิ้นปีงบประมาณ"));
        // … nor is it found where it would cut a syllable (ท่า + นั้น, not ท่าน + ั้น).
        Assert.DoesNotContain(withList.Words("ท่านั้น"), w => w.Listed);
    }

    [Fact]
    public async Task Words_of_the_list_stay_whole_in_headings_cells_labels_and_buttons()
    {
        var body = "| ผู้รับผิดชอบ | เรื่องร้องเรียน |\n|---|---|\n| ผู้รับผิดชอบงานร้องเรียน | ร้องเรียนการทุจริต |\n";
        var result = await TestSite.BuildOkAsync(("thai-words.txt", Words), ("pages/p.th.md", Page(body)));
        var html = result.Html("p/index.html");

        var h1 = html.QuerySelector("h1")!;
        Assert.Equal("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", h1.TextContent);
        Assert.Equal(["ร้องเรียน", "ประพฤติมิชอบ"], h1.QuerySelectorAll("span.w").Select(s => s.TextContent));
        Assert.Equal(["ผู้รับผิดชอบ", "ร้องเรียน", "ผู้รับผิดชอบ", "ร้องเรียน", "ร้องเรียน"],
            html.QuerySelectorAll(".prose table span.w").Select(s => s.TextContent));

        // The complaint form's labels and button come from the templates (การจัดซื้อจัดจ้าง, ถัดไป: ตรวจทานก่อนส่ง).
        var form = await TestSite.BuildOkAsync(("thai-words.txt", "จัดซื้อ\nตรวจทาน\n"),
            ("pages/report-corruption.th.md", "---\ntitle: แจ้งเรื่อง\nlayout: complaint-form\n---\n"));
        var formHtml = form.Html("report-corruption/index.html");
        Assert.Contains(formHtml.QuerySelectorAll("label span.w"), s => s.TextContent == "จัดซื้อ");
        Assert.Equal(["ตรวจทาน"], formHtml.QuerySelectorAll("button[type=submit] span.w").Select(s => s.TextContent));
        Assert.Equal("ถัดไป: ตรวจทานก่อนส่ง", formHtml.QuerySelector("button[type=submit]")!.TextContent);
    }

    [Fact]
    public async Task Without_the_list_the_dictionary_alone_decides_and_a_word_it_splits_is_not_held_together()
    {
        var result = await TestSite.BuildOkAsync(("pages/p.th.md", Page("")));
        Assert.Empty(result.Html("p/index.html").QuerySelectorAll("h1 span.w"));
    }

    [Fact]
    public async Task Latin_text_attributes_code_and_preformatted_text_are_left_as_written()
    {
        var body = """
            Report ร้องเรียน corruption to the office.

            ![ผู้รับผิดชอบ](/files/a.png "ร้องเรียน")

            `ร้องเรียน` and

            ```
            ร้องเรียนการทุจริต
            ```

            | ผู้รับผิดชอบ |
            |---|
            | ร้องเรียน |
            """;
        var result = await TestSite.BuildOkAsync(("thai-words.txt", Words), ("pages/p.th.md", Page(body)), ("files/a.png", "png"));
        var html = result.Html("p/index.html");
        var prose = html.QuerySelector(".prose")!;

        Assert.Equal("Report <span class=\"w\">ร้องเรียน</span> corruption to the office.", prose.QuerySelector("p")!.InnerHtml);
        var image = prose.QuerySelector("img")!;
        Assert.Equal("ผู้รับผิดชอบ", image.GetAttribute("alt"));
        Assert.Equal("ร้องเรียน", image.GetAttribute("title"));
        Assert.Equal("ร้องเรียน", prose.QuerySelector("p code")!.InnerHtml);
        Assert.Equal("ร้องเรียนการทุจริต\n", prose.QuerySelector("pre")!.InnerHtml.Replace("<code>", "").Replace("</code>", ""));
        Assert.Equal("ผู้รับผิดชอบ", prose.QuerySelector("td")!.GetAttribute("data-label"));
        Assert.Equal("<span class=\"w\">ร้องเรียน</span>", prose.QuerySelector("td")!.InnerHtml);
        Assert.StartsWith("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ | ", html.Title);
        Assert.DoesNotContain("span", html.Head!.InnerHtml);
    }

    [Fact]
    public async Task English_text_is_left_as_written()
    {
        var result = await TestSite.BuildOkAsync(("thai-words.txt", Words), ("pages/p.th.md", Page("")),
            ("pages/p.en.md", "---\ntitle: Report corruption\n---\nThe office answers within 15 days.\n"));
        var english = result.Html("en/p/index.html");
        Assert.Equal("The office answers within 15 days.", english.QuerySelector(".prose p")!.InnerHtml);
        Assert.Empty(english.QuerySelectorAll(".prose span.w, h1 span.w"));
    }

    [Theory]
    [InlineData("ร้อง เรียน", 2, "holds a space")]
    [InlineData("complaint", 2, "not all Thai")]
    [InlineData("ก", 2, "one letter")]
    [InlineData("้อง", 2, "starts with a vowel sign")]
    [InlineData("ร้องเ", 2, "ends with a vowel")]
    public async Task A_bad_line_of_the_word_list_is_an_error_at_its_line(string term, int line, string message)
    {
        var result = await TestSite.BuildAsync(("thai-words.txt", $"# คำ\n{term}\nร้องเรียน\n"));
        var error = result.SingleError();
        Assert.Equal(("thai-words.txt", line), (error.Path, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_word_listed_twice_is_a_warning_at_the_second_line()
    {
        var result = await TestSite.BuildOkAsync(("thai-words.txt", "ร้องเรียน\nทราบ\nร้องเรียน\n"));
        Assert.Contains(result.Diagnostics, d => d is { Severity: Severity.Warning, Path: "thai-words.txt", Line: 3 } && d.Message.Contains("line 1"));
    }

    [Fact]
    public void The_real_word_list_reads_without_findings()
    {
        var source = Content.SiteSource.FromDirectory(Path.Combine(Publishing.RepoRootFinder.Find(AppContext.BaseDirectory), "input"));
        var diagnostics = new DiagnosticBag();
        var list = Content.ThaiWordListReader.Read(source, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("ร้องเรียน", list.Terms);
    }
}
