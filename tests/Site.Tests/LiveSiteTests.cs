using System.Text.Json;
using IntegritySite.Site.Publishing;

namespace IntegritySite.Site.Tests;

/// <summary>
/// `serve` keeps output/ up to date in place: after edits, additions, renames and deletions on disk (and a failed
/// edit in between) the folder holds exactly what a fresh `build` of the same input writes, pages no edit touched are
/// not rewritten, and the search index follows in the background.
/// </summary>
public sealed class LiveSiteTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly string RepoRoot = RepoRootFinder.Find(AppContext.BaseDirectory);

    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-live-").FullName;

    private string Input => Path.Combine(_root, "input");
    private string Output => Path.Combine(_root, "output");

    public LiveSiteTests() => CopyFolder(Path.Combine(RepoRoot, "input"), Input);

    [Fact]
    public async Task Edits_on_disk_leave_output_as_a_fresh_build_of_the_same_input_and_untouched_pages_unwritten()
    {
        var log = new StringWriter();
        var site = new LiveSite(new BuildRunner(log, log, today: Today), Input, Output);
        Assert.Equal(0, await site.PublishAllAsync());
        var untouched = Path.Combine(Output, "announcements", "no-gift-policy", "index.html");
        var untouchedWritten = File.GetLastWriteTimeUtc(untouched);

        var measure = "measures/05-open-information.th.md";
        Append(measure, "\nเพิ่มเติม: ติดประกาศที่บอร์ดหน้าสำนักงาน\n");
        Assert.Equal(0, await site.UpdateAsync(Changed(measure)));
        Assert.Contains("ติดประกาศที่บอร์ดหน้าสำนักงาน", File.ReadAllText(Path.Combine(Output, "measures", "open-information", "index.html")));
        Assert.Matches(@"rebuilt \d+ of \d+ pages, wrote \d+ files in \d+ ms", log.ToString());

        var before = Snapshot(Output);
        Append(measure, "\n[ดู](/no-such-page/)\n");
        Assert.Equal(1, await site.UpdateAsync(Changed(measure)));
        Assert.Equal(before, Snapshot(Output));
        Assert.Contains("build failed", log.ToString());
        File.WriteAllText(Path.Combine(Input, measure), File.ReadAllText(Path.Combine(Input, measure)).Replace("\n[ดู](/no-such-page/)\n", "\n"));
        Assert.Equal(0, await site.UpdateAsync(Changed(measure)));

        var added = "announcements/2026-05-20-water-outage.th.md";
        File.WriteAllText(Path.Combine(Input, added), "---\ntitle: ประกาศงดจ่ายน้ำประปา\ndate: 2026-05-20\nkind: general\n---\nงดจ่ายน้ำวันที่ 25 พฤษภาคม 2569\n");
        Assert.Equal(0, await site.UpdateAsync(Changed(added)));
        Assert.True(File.Exists(Path.Combine(Output, "announcements", "water-outage", "index.html")));

        var renamed = "announcements/2026-05-20-water-supply-outage.th.md";
        File.Move(Path.Combine(Input, added), Path.Combine(Input, renamed));
        Assert.Equal(0, await site.UpdateAsync(Changed(added, renamed)));
        Assert.False(Directory.Exists(Path.Combine(Output, "announcements", "water-outage")));

        Assert.Equal(untouchedWritten, File.GetLastWriteTimeUtc(untouched));
        var fresh = Path.Combine(_root, "fresh");
        Assert.Equal(0, await new BuildRunner(TextWriter.Null, TextWriter.Null, today: Today).BuildAndPublishAsync(Input, fresh));
        Assert.Equal(Snapshot(fresh), Snapshot(Output));
        Assert.Empty(Directory.GetFileSystemEntries(_root, ".*"));
    }

    [Fact]
    public async Task The_search_index_follows_an_added_page_in_the_background_and_is_replaced_whole()
    {
        var site = new LiveSite(new BuildRunner(TextWriter.Null, TextWriter.Null, search: new SearchIndexer(RepoRoot), today: Today), Input, Output);
        Assert.Equal(0, await site.PublishAllAsync());
        var pagesBefore = ThaiPagesIndexed();

        var added = "announcements/2026-05-20-water-outage.th.md";
        File.WriteAllText(Path.Combine(Input, added), "---\ntitle: ประกาศงดจ่ายน้ำประปา\ndate: 2026-05-20\nkind: general\n---\nงดจ่ายน้ำวันที่ 25 พฤษภาคม 2569\n");
        Assert.Equal(0, await site.UpdateAsync(Changed(added)));
        await site.SearchIndexedAsync();

        Assert.Equal(pagesBefore + 1, ThaiPagesIndexed());
        Assert.Empty(Directory.GetFileSystemEntries(_root, ".*"));
    }

    private int ThaiPagesIndexed()
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, SearchIndexer.OutputSubdirectory, "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").GetProperty("th").GetProperty("page_count").GetInt32();
    }

    private static InputChanges Changed(params string[] paths) => new(paths.ToHashSet(StringComparer.Ordinal));

    private void Append(string path, string text) => File.AppendAllText(Path.Combine(Input, path), text);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
