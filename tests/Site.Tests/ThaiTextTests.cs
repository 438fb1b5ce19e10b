using IntegritySite.Site.Derive;
using IntegritySite.Site.Markdown;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Tests;

public sealed class ThaiTextTests
{
    [Theory]
    [InlineData("ภาษาไทยที่นี่", "ภาษาไทยที่นี่")]
    [InlineData("มาตรการที่ 1 การใช้ทรัพย์สิน", "มาตรการที่-1-การใช้ทรัพย์สิน")]
    [InlineData("Measure 5: Open Information", "measure-5-open-information")]
    [InlineData("!!!", "section")]
    public void Heading_ids_keep_thai_vowels_and_tone_marks(string heading, string id) =>
        Assert.Equal(id, HeadingIds.Slugify(heading));

    [Fact]
    public void A_markdown_table_stacks_on_a_phone_with_each_value_labelled_by_its_column()
    {
        var html = new MarkdownRenderer().Render("| ประเด็น | ข้อ |\n|---|---|\n| การประเมินความเสี่ยง | o37 |\n", "reports/x.th.md", 1).Html;
        Assert.Contains("<table class=\"stack-table\">", html);
        Assert.Contains("<td data-label=\"ประเด็น\">การประเมินความเสี่ยง</td>", html);
        Assert.Contains("<td data-label=\"ข้อ\">o37</td>", html);
    }

    [Fact]
    public async Task Rendered_headings_get_unique_thai_ids()
    {
        var page = "---\ntitle: หน้า\n---\n## ผลการประเมิน\n\n## ผลการประเมิน\n";
        var html = (await TestSite.BuildOkAsync(("pages/p.th.md", page))).Html("p/index.html");
        Assert.Equal(["ผลการประเมิน", "ผลการประเมิน-2"], html.QuerySelectorAll(".prose h2").Select(h => h.Id));
    }

    [Theory]
    [InlineData(2021, 3, 25, "25 มีนาคม 2564", "25 March 2021")]
    [InlineData(2020, 10, 1, "1 ตุลาคม 2563", "1 October 2020")]
    [InlineData(2024, 2, 29, "29 กุมภาพันธ์ 2567", "29 February 2024")]
    public void Dates_are_buddhist_era_in_thai_and_gregorian_in_english(int y, int m, int d, string th, string en)
    {
        Assert.Equal(th, ThaiDates.Format(new DateOnly(y, m, d), Language.Th));
        Assert.Equal(en, ThaiDates.Format(new DateOnly(y, m, d), Language.En));
    }

    [Fact]
    public async Task Every_page_has_the_right_lang_and_thai_text_is_not_entity_encoded()
    {
        var result = await TestSite.BuildOkAsync(("pages/about.th.md", "---\ntitle: เกี่ยวกับเรา\n---\n"), ("pages/about.en.md", "---\ntitle: About\n---\n"));
        foreach (var file in result.PublicPages())
        {
            var expected = file.Path.StartsWith("en/", StringComparison.Ordinal) ? "en" : "th";
            Assert.Equal(expected, result.Html(file.Path).DocumentElement.GetAttribute("lang"));
        }
        Assert.Contains("<h1>เกี่ยวกับเรา</h1>", result.File("about/index.html")!.ReadText());
    }

    [Fact]
    public async Task Untranslated_measure_appears_in_english_table_marked_as_thai()
    {
        var result = await TestSite.BuildOkAsync(("measures/01-a.th.md", TestSite.Measure(1)));
        var link = result.Html("en/measures/index.html").QuerySelector("table.measures-table tbody th a")!;
        Assert.Equal("th", link.GetAttribute("lang"));
        Assert.Equal("/measures/a/", link.GetAttribute("href"));
        Assert.Null(result.File("en/measures/a/index.html"));
    }
}
