using IntegritySite.Site.Publishing;
using System.Text.Json;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Tests.Ita;

/// <summary>Tiny sites that publish ITA 2564 with the real catalogue, so the golden rows test the shipped data too.</summary>
internal static class ItaSite
{
    public static readonly string Catalogue2564 = File.ReadAllText(Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input", "ita", "2564.yml"));

    public static string SiteYml(string ita = "years: [2564]") => TestSite.SiteYml + $"\nita: {{ {ita} }}\n";

    /// <summary>An undated page that evidences the given items.</summary>
    public static (string Path, string Text) Page(string slug, params string[] codes) =>
        ($"pages/{slug}.th.md", $"---\ntitle: หน้า {slug}\nita: [{string.Join(", ", codes)}]\n---\nเนื้อหา\n");

    public static (string Path, string Text) Announcement(string slug, string date, params string[] codes) =>
        ($"announcements/{date}-{slug}.th.md", $"---\ntitle: ประกาศ {slug}\ndate: {date}\nkind: general\nita: [{string.Join(", ", codes)}]\n---\nเนื้อหา\n");

    public static (string Path, string Text) Report(string slug, string date, params string[] codes) =>
        ($"reports/{date}-{slug}.th.md", $"---\ntitle: รายงาน {slug}\ndate: {date}\nkind: other\nita: [{string.Join(", ", codes)}]\n---\nเนื้อหา\n");

    public static Task<BuildResult> BuildAsync(params (string Path, string Text)[] files) => BuildWithAsync(SiteYml(), files);

    public static Task<BuildResult> BuildWithAsync(string siteYml, params (string Path, string Text)[] files)
    {
        var all = files.ToDictionary(f => f.Path, f => f.Text);
        all["site.yml"] = siteYml;
        all.TryAdd("ita/2564.yml", Catalogue2564);
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
}
