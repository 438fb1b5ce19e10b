using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IntegritySite.Site.Content;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Pipeline;

namespace IntegritySite.Site.Tests;

/// <summary>Builds a whole tiny site declared inline (Hugo-style) in memory, for assertions on its output.</summary>
public static class TestSite
{
    public const string SiteYml = """
        name: { th: เทศบาลทดสอบ, en: Test Municipality }
        base_url: https://test.example/
        languages: [th, en]
        """;

    public static string Measure(int number, string status = "done", string history = "", string extra = "") => $"""
        ---
        number: {number}
        title: มาตรการที่ {number}
        steps:
          - ขั้นตอนแรก
        responsible: [สำนักปลัด]
        monitoring: รายงาน ณ สิ้นปีงบประมาณ
        status: {status}
        {history}
        {extra}
        ---
        """;

    public static Task<BuildResult> BuildAsync(params (string Path, string Text)[] files) => BuildOnAsync(null, files);

    /// <summary>Builds as if on <paramref name="today"/> (null: today in Thailand).</summary>
    public static Task<BuildResult> BuildOnAsync(DateOnly? today, params (string Path, string Text)[] files)
    {
        var all = files.ToDictionary(f => f.Path, f => f.Text);
        all.TryAdd("site.yml", SiteYml);
        return new SiteBuilder().BuildAsync(SiteSource.FromFiles(all), today: today);
    }

    public static async Task<BuildResult> BuildOkAsync(params (string Path, string Text)[] files)
    {
        var result = await BuildAsync(files);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public static IHtmlDocument Html(this BuildResult result, string path)
    {
        var file = result.File(path) ?? throw new Xunit.Sdk.XunitException($"no output file {path}; have: {string.Join(", ", result.Files.Select(f => f.Path))}");
        return new HtmlParser().ParseDocument(file.ReadText());
    }

    /// <summary>
    /// Every page readers see: every HTML file except the staff editor's start page (admin/index.html), which is a
    /// script-only app with its own headers, linked from nowhere; EditorTests checks it on its own.
    /// </summary>
    public static IEnumerable<Outputs.OutputFile> PublicPages(this BuildResult result) =>
        result.Files.Where(f => f.IsHtml && f.Path != Outputs.Editor.AdminPage.FilePath);

    public static IReadOnlyList<Diagnostic> Errors(this BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    /// <summary>The single error of a build that must fail, with its location.</summary>
    public static Diagnostic SingleError(this BuildResult result)
    {
        Assert.False(result.Succeeded);
        var errors = result.Errors();
        Assert.True(errors.Count == 1, "expected one error, got:\n" + string.Join("\n", errors));
        return errors[0];
    }
}
