using IntegritySite.Site.Publishing;
using System.Text.Json;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>Tiny sites that publish ITA years with the real catalogues, so the golden rows test the shipped data too.</summary>
internal static class ItaSite
{
    private static readonly string Folder = Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input", "ita");

    public static readonly string Catalogue2564 = Catalogue(2564);

    public static string Catalogue(int year) => File.ReadAllText(Path.Combine(Folder, $"{year}.yml"));

    public static readonly string Crosswalk = File.ReadAllText(Path.Combine(Folder, "crosswalk.yml"));

    public const string Address = "สำนักงานเทศบาลทดสอบ อำเภอเมือง จังหวัดทดสอบ";

    public static string SiteYml(string ita = "years: [2564]") =>
        TestSite.SiteYml + $"\naddress: {{ th: {Address}, en: Test Municipality Office }}\nita: {{ {ita} }}\n";

    /// <summary>
    /// A body with every element an item may require (address, phone, e-mail, map, complaint channel, steps, unit,
    /// days, budget, period), each replaceable by <paramref name="without"/>: the golden tests remove one at a time.
    /// </summary>
    public static string FullBody(string? without = null)
    {
        var parts = new Dictionary<string, string>
        {
            ["address"] = $"ที่อยู่ {Address}",
            ["phone"] = "โทรศัพท์ 0 3938 7038",
            ["email"] = "อีเมล saraban@test.example",
            ["map"] = "[แผนที่](https://www.openstreetmap.org/#map=17/12.9/102.3)",
            ["channel"] = "แจ้งเรื่องที่[ช่องทางออนไลน์](/report-corruption/)",
            ["steps"] = "1. รับเรื่อง\n2. ตรวจสอบ",
            ["unit"] = "## หน่วยงานที่รับผิดชอบ\n\nงานนิติการ",
            ["time-taken"] = "ตอบภายใน 15 วัน",
            ["budget"] = "งบประมาณ 20,000 บาท",
            ["period"] = "ดำเนินการในปีงบประมาณ 2569",
        };
        return string.Join("\n\n", parts.Where(p => p.Key != without).Select(p => p.Value)) + "\n";
    }

    /// <summary>An undated page that evidences the given items (or concepts), with every element.</summary>
    public static (string Path, string Text) Page(string slug, params string[] codes) => PageWith(slug, FullBody(), codes);

    public static (string Path, string Text) PageWith(string slug, string body, params string[] codes) =>
        ($"pages/{slug}.th.md", $"---\ntitle: หน้า {slug}\nita: [{string.Join(", ", codes)}]\n---\n{body}");

    /// <summary>The complaint form every ITA site has, so that the channel element's link has a page.</summary>
    public static readonly (string Path, string Text) ComplaintForm =
        ("pages/report-corruption.th.md", "---\ntitle: แจ้งเรื่องร้องเรียน\nlayout: complaint-form\n---\nแจ้งได้ที่นี่\n");

    /// <summary>The statistics page with its data file, the figures as of <paramref name="asOf"/>, evidence for <paramref name="tag"/>.</summary>
    public static (string Path, string Text)[] Statistics(int fiscalYear, DateOnly asOf, string tag = "complaint-statistics")
    {
        var start = new DateOnly(fiscalYear - 544, 10, 1);
        var months = new List<string>();
        for (var m = start; m <= asOf; m = m.AddMonths(1))
        {
            months.Add($"  - {{ month: {m:yyyy-MM}, received: 0, in_progress: 0, completed: 0 }}");
        }
        var data = $"fiscal_year: {fiscalYear}\nas_of: {asOf:yyyy-MM-dd}\nby_category:\n  bribery: {{ received: 0, in_progress: 0, completed: 0 }}\nby_month:\n{string.Join("\n", months)}\n";
        return
        [
            ("data/complaint-statistics.yml", data),
            ("pages/complaint-statistics.th.md", $"---\ntitle: สถิติเรื่องร้องเรียน\nlayout: complaint-statistics\nita: [{tag}]\n---\nตัวเลขเท่านั้น\n"),
        ];
    }

    public static (string Path, string Text) Announcement(string slug, string date, params string[] codes) =>
        ($"announcements/{date}-{slug}.th.md", $"---\ntitle: ประกาศ {slug}\ndate: {date}\nkind: general\nita: [{string.Join(", ", codes)}]\n---\nเนื้อหา\n");

    public static (string Path, string Text) Report(string slug, string date, params string[] codes) =>
        ($"reports/{date}-{slug}.th.md", $"---\ntitle: รายงาน {slug}\ndate: {date}\nkind: other\nita: [{string.Join(", ", codes)}]\n---\nเนื้อหา\n");

    public static Task<BuildResult> BuildAsync(params (string Path, string Text)[] files) => BuildWithAsync(SiteYml(), files);

    /// <summary>Builds with the 2564 list (and any other year's list the files name), the crosswalk and the complaint form.</summary>
    public static Task<BuildResult> BuildWithAsync(string siteYml, params (string Path, string Text)[] files) => BuildWithAsync(siteYml, [2564], files);

    public static Task<BuildResult> BuildWithAsync(string siteYml, int[] catalogues, params (string Path, string Text)[] files)
    {
        var all = files.ToDictionary(f => f.Path, f => f.Text);
        all["site.yml"] = siteYml;
        foreach (var year in catalogues)
        {
            all.TryAdd($"ita/{year}.yml", Catalogue(year));
        }
        if (catalogues.Length > 1)
        {
            all.TryAdd("ita/crosswalk.yml", Crosswalk);
        }
        all.TryAdd(ComplaintForm.Path, ComplaintForm.Text);
        return TestSite.BuildAsync([.. all.Select(kv => (kv.Key, kv.Value))]);
    }

    public static JsonElement Year(this BuildResult result, int year = 2564)
    {
        var json = JsonDocument.Parse(result.File(CoverageJson.SitePath)!.ReadText()).RootElement;
        return json.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year);
    }

    public static decimal Indicator(this JsonElement year, string code) =>
        year.GetProperty("scores").GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("score").GetDecimal();

    public static decimal Oit(this JsonElement year) => year.GetProperty("scores").GetProperty("oit").GetDecimal();

    public static string State(this JsonElement year, string code) =>
        year.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("state").GetString()!;

    public static string[] AllCodes2564 => Enumerable.Range(1, 43).Select(n => $"o{n}").ToArray();

    /// <summary>Evidence for every 2564 item but <paramref name="except"/>: one page with every element, and the statistics (o31) as of 31 March 2564.</summary>
    public static (string Path, string Text)[] Everything2564(string? except = null) =>
    [
        Page(except is null ? "everything" : $"all-but-{except}", AllCodes2564.Where(c => c != except && c != "o31").ToArray()),
        .. except == "o31" ? [] : Statistics(2564, new DateOnly(2021, 3, 31), "o31"),
    ];
}
