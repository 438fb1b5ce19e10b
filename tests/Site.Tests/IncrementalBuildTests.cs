using System.Text;
using IntegritySite.Site.Content;
using IntegritySite.Site.Model;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Pipeline.Kinds;
using IntegritySite.Site.Publishing;
using IntegritySite.Site.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace IntegritySite.Site.Tests;

/// <summary>
/// `serve` builds again from the last build's state. After every edit of a sequence (content, a measure's status,
/// a new, deleted and renamed file, an ITA tag, an error and its fix, site.yml, a data file, a template) the
/// incremental result must be byte for byte the cold build of the same input, and must have rendered only what the
/// edit touched.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly string Input = Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input");

    private static readonly IReadOnlyList<ContentKind> Kinds = [.. ContentKinds.Default, ContentKindTests.ProjectsKind];

    [Fact]
    public async Task Every_edit_gives_the_cold_build_of_the_same_input_and_renders_only_what_it_touched()
    {
        var source = SiteSource.FromDirectory(Input).With([Text("projects/2021-05-01-road-repair.th.md", "---\ntitle: ซ่อมถนนหมู่ 3\ndate: 2021-05-01\n---\nงบประมาณ 500,000 บาท\n")]);
        var builder = new SiteBuilder(Kinds);
        var first = await builder.BuildAsync(source, today: Today);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var state = first.State;
        var total = first.Rendered.Count;
        Assert.Equal(RenderedPageCount(first), total);

        async Task<BuildResult> Edit(string what, SiteBuilder with, params KeyValuePair<string, byte[]?>[] changes)
        {
            source = source.With(changes);
            var incremental = await with.BuildAsync(source, today: Today, before: state);
            var cold = await with.BuildAsync(source, today: Today);
            AssertSame(what, cold, incremental);
            Assert.True(incremental.Succeeded || what.Contains("fails", StringComparison.Ordinal), $"{what}: " + string.Join("\n", incremental.Diagnostics));
            state = incremental.State;
            return incremental;
        }

        var measure = "measures/05-open-information.th.md";
        var body = await Edit("a measure's body", builder, Text(measure, Read(source, measure) + "\nเพิ่มเติม: ติดประกาศที่บอร์ดหน้าสำนักงาน\n"));
        Assert.Contains("ติดประกาศที่บอร์ดหน้าสำนักงาน", body.File("measures/open-information/index.html")!.ReadText());
        // Its page and the ITA pages (it is evidence, checked for elements in its body): not the lists that show its
        // header, not the other measures or the announcements.
        Assert.Contains("/measures/open-information/", body.Rendered);
        Assert.DoesNotContain("/measures/", body.Rendered);
        Assert.DoesNotContain("/", body.Rendered);
        Assert.DoesNotContain("/measures/ita-awareness/", body.Rendered);
        Assert.DoesNotContain("/announcements/no-gift-policy/", body.Rendered);
        Assert.True(body.Rendered.Count < total / 4, string.Join(", ", body.Rendered));

        var english = "measures/05-open-information.en.md";
        var status = await Edit("a measure's status (listings)", builder,
            Text(measure, Read(source, measure).Replace("status: done\n", "status: in-progress\n").Replace("\nita:", "\n  - date: 2026-05-01\n    status: in-progress\n    note: เริ่มรอบปีงบประมาณใหม่\nita:")),
            Text(english, Read(source, english).Replace("status: done\n", "status: in-progress\n").Replace("\nita:", "\n  - date: 2026-05-01\n    status: in-progress\n    note: A new fiscal year's round began\nita:")));
        Assert.NotEqual(body.File("measures/index.html")!.ReadText(), status.File("measures/index.html")!.ReadText());
        Assert.Contains("/measures/", status.Rendered);
        Assert.Contains("/", status.Rendered);
        Assert.True(status.Rendered.Count < total / 3, string.Join(", ", status.Rendered));

        var announcement = "announcements/2026-05-20-water-outage.th.md";
        var added = await Edit("a new announcement", builder, Text(announcement, "---\ntitle: ประกาศงดจ่ายน้ำประปา\ndate: 2026-05-20\nkind: general\n---\nงดจ่ายน้ำวันที่ 25 พฤษภาคม 2569\n"));
        Assert.NotNull(added.File("announcements/water-outage/index.html"));

        var renamed = await Edit("a renamed announcement", builder,
            Gone(announcement), Text("announcements/2026-05-20-water-supply-outage.th.md", Read(source, announcement)));
        Assert.Null(renamed.File("announcements/water-outage/index.html"));
        Assert.NotNull(renamed.File("announcements/water-supply-outage/index.html"));

        var translation = "announcements/2026-05-20-water-supply-outage.en.md";
        var translated = await Edit("a new translation", builder, Text(translation, "---\ntitle: Water supply outage\ndate: 2026-05-20\nkind: general\n---\nNo water on 25 May 2026.\n"));
        Assert.NotNull(translated.File("en/announcements/water-supply-outage/index.html"));
        // A body edit keeps the header: the lists are taken over with the document replaced in them, and the feed,
        // which carries whole bodies, is written again.
        var newest = "announcements/2026-05-20-water-supply-outage.th.md";
        var inFeed = await Edit("the newest announcement's body (in the feed)", builder, Text(newest, Read(source, newest) + "\nจะแจ้งเวลาจ่ายน้ำอีกครั้ง\n"));
        Assert.Contains("จะแจ้งเวลาจ่ายน้ำอีกครั้ง", inFeed.File("feed.xml")!.ReadText());
        Assert.Contains("/announcements/water-supply-outage/", inFeed.Rendered);
        Assert.DoesNotContain("/announcements/", inFeed.Rendered);
        var deleted = await Edit("a deleted translation", builder, Gone(translation));
        Assert.Null(deleted.File("en/announcements/water-supply-outage/index.html"));

        var tagged = await Edit("an ITA tag added", builder,
            Text("announcements/2026-05-20-water-supply-outage.th.md", Read(source, "announcements/2026-05-20-water-supply-outage.th.md").Replace("kind: general\n", "kind: general\nita: [contact]\n")));
        Assert.True(tagged.Succeeded);

        var broken = await Edit("a broken link (the build fails)", builder, Text(measure, Read(source, measure) + "\n[ดู](/no-such-page/)\n"));
        Assert.False(broken.Succeeded);
        await Edit("the link fixed again", builder, Text(measure, Read(source, measure).Replace("\n[ดู](/no-such-page/)\n", "\n")));

        var phone = await Edit("site.yml", builder, Text("site.yml", Read(source, "site.yml").Replace("phone: \"0 3938 7038\"", "phone: \"0 3938 7039\"")));
        Assert.Contains("0 3938 7039", phone.File("index.html")!.ReadText());
        Assert.Equal(RenderedPageCount(phone), phone.Rendered.Count);

        await Edit("a data file (the Thai word list)", builder, Text("thai-words.txt", Read(source, "thai-words.txt") + "\nงดจ่ายน้ำ\n"));

        var redesigned = new SiteBuilder([.. ContentKinds.Default, ContentKindTests.ProjectsKind with { DocumentPage = typeof(ProjectPageWithBudget) }]);
        var template = await Edit("a template", redesigned);
        Assert.Contains("project-budget", template.File("projects/road-repair/index.html")!.ReadText());
    }

    /// <summary>
    /// What the incremental build relies on: a page shows of any other document only its header (front matter and
    /// summary), never the rest of its body. So the end of every body is changed here and every page but the
    /// documents' own must stay byte for byte the same (the ITA pages excepted: their element checks read bodies, and
    /// they are re-rendered whenever an evidence document changes at all).
    /// </summary>
    [Fact]
    public async Task Pages_show_of_other_documents_only_what_their_header_key_covers()
    {
        var source = SiteSource.FromDirectory(Input);
        var builder = new SiteBuilder();
        var cold = await builder.BuildAsync(source, today: Today);
        var content = cold.Model!.Documents.Select(d => d.SourcePath).ToList();
        var edited = source.With(content.Select(path => Text(path, source.ReadText(path) + "\n\n- เพิ่มท้ายเอกสารเพื่อทดสอบ\n")));
        var after = await builder.BuildAsync(edited, today: Today);

        var ownPages = cold.Model.Documents.Select(d => Routes.FileOf(Routes.Of(d))).ToHashSet();
        var compared = 0;
        foreach (var page in cold.Files.Where(f => f.IsHtml && !ownPages.Contains(f.Path) && !f.Path.Contains("ita/", StringComparison.Ordinal)))
        {
            Assert.True(page.Content.AsSpan().SequenceEqual(after.File(page.Path)!.Content), $"{page.Path} shows more of another document than its header");
            compared++;
        }
        Assert.True(compared >= 10, $"only {compared} pages compared");
        Assert.All(ownPages, page => Assert.Contains("เพิ่มท้ายเอกสารเพื่อทดสอบ", after.File(page)!.ReadText()));
    }

    private static void AssertSame(string what, BuildResult cold, BuildResult incremental)
    {
        Assert.Equal(cold.Diagnostics, incremental.Diagnostics);
        Assert.Equal(cold.Succeeded, incremental.Succeeded);
        Assert.Equal(cold.Files.Select(f => f.Path), incremental.Files.Select(f => f.Path));
        foreach (var (c, i) in cold.Files.Zip(incremental.Files))
        {
            Assert.True(c.Content.AsSpan().SequenceEqual(i.Content), $"after {what}: {c.Path} differs from the cold build");
        }
    }

    private static KeyValuePair<string, byte[]?> Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Every page the templates render (admin/index.html, the staff editor's shell, is written as it is).</summary>
    private static int RenderedPageCount(BuildResult result) => result.Files.Count(f => f.IsHtml && !f.Path.StartsWith("admin/", StringComparison.Ordinal));

    private static KeyValuePair<string, byte[]?> Gone(string path) => new(path, null);

    private static string Read(SiteSource source, string path) => source.ReadText(path);

    /// <summary>The project page redesigned: the same document, a different template.</summary>
    public sealed class ProjectPageWithBudget : ComponentBase
    {
        [Parameter] public PageView View { get; set; } = default!;
        [Parameter] public ContentKindTests.Project Project { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "main");
            builder.OpenElement(1, "h1");
            builder.AddAttribute(2, "class", "project-budget");
            builder.AddContent(3, Project.Title);
            builder.CloseElement();
            builder.CloseElement();
        }
    }
}
