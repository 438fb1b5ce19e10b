using System.Globalization;
using System.Text.RegularExpressions;
using IntegritySite.Site.Content;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering.Pages;

namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>input/measures/: the integrity measures of the memo, each with steps, owner, monitoring and dated status.</summary>
public static partial class MeasuresKind
{
    public static readonly ContentKind Kind = ContentKind.Of<Measure, MeasurePage>(new MeasureReader(), "Measure",
        KindListing.Of<MeasuresIndexPage>(Routes.MeasuresIndex, Rendering.SiteWords.Measures, Rendering.SiteWords.MeasuresLong)) with
    {
        Template = new("measure", NewMeasure),
    };

    /// <summary>The next free number, so the file sorts after the others and its front matter passes check.</summary>
    private static ScaffoldedFile NewMeasure(ScaffoldRequest request)
    {
        var folder = Path.Combine(request.InputDirectory, "measures");
        var used = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md").Select(f => NumberPrefix().Match(Path.GetFileName(f))).Where(m => m.Success).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            : [];
        var number = used.DefaultIfEmpty(0).Max() + 1;
        var text = $"""
            ---
            number: {number}
            title: ชื่อมาตรการ
            steps:
              - ขั้นตอนหรือวิธีการ
            responsible: [สำนักปลัด]
            monitoring: รายงานความก้าวหน้าและสรุปผล ณ สิ้นปีงบประมาณ
            status: not-started
            history:
              - date: {request.Date}
                status: not-started
                note: กำหนดมาตรการ
            ita: [integrity-measures-implementation]
            ---

            """;
        return new($"measures/{number:00}-{request.Slug}.th.md", text);
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex NumberPrefix();
}
