using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegritySite.Site.Content;

/// <summary>Writes a new content file whose front matter already passes `check`, for staff to fill in.</summary>
public static partial class Scaffolder
{
    public static readonly IReadOnlyList<string> Kinds = ["measure", "announcement", "report", "page"];

    /// <returns>The path written, relative to the input folder.</returns>
    public static string Create(string inputDirectory, string kind, string slug, DateOnly today)
    {
        if (!SlugShape().IsMatch(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid name: use lower-case English letters, digits and dashes, like no-gift-2565");
        }
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (relative, text) = kind switch
        {
            "measure" => Measure(inputDirectory, slug, date),
            "announcement" => ($"announcements/{date}-{slug}.th.md", $"---\ntitle: ประกาศเรื่อง…\ndate: {date}\nkind: general\n---\nข้อความประกาศ\n"),
            "report" => ($"reports/{date}-{slug}.th.md", $"---\ntitle: รายงาน…\ndate: {date}\nkind: half-year-progress\nmeasures_table: true\n---\nสรุปผลการดำเนินงาน\n"),
            "page" => ($"pages/{slug}.th.md", "---\ntitle: หัวข้อหน้า\nlayout: page\n---\nเนื้อหา\n"),
            _ => throw new ArgumentException($"unknown kind '{kind}'; use one of: {string.Join(", ", Kinds)}"),
        };
        var path = Path.Combine(inputDirectory, relative);
        if (File.Exists(path))
        {
            throw new IOException($"{path} already exists; choose another name");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return relative;
    }

    private static (string, string) Measure(string inputDirectory, string slug, string date)
    {
        var folder = Path.Combine(inputDirectory, "measures");
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
              - date: {date}
                status: not-started
                note: กำหนดมาตรการ
            ita: [o43]
            ---

            """;
        return ($"measures/{number:00}-{slug}.th.md", text);
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
