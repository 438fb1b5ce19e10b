using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegritySite.Intake.Storage;
using IntegritySite.LocalHost;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// The README's run command under the faults users cause: Ctrl+C to the terminal's process group right after reports
/// were acknowledged, and the process killed in the middle of a burst. Every acknowledged report reads back after a
/// restart, none is stored twice, and the reporters' retries (same submission id) store the rest exactly once.
/// </summary>
public sealed class ServeFaultTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-serve-faults-").FullName;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("azurite")]
    public async Task Ctrl_c_to_the_process_group_right_after_submissions_loses_none(string store)
    {
        var serve = await StartAsync(store);
        var receipts = await SubmitAsync(serve.Url, Enumerable.Range(0, 300), concurrency: 8);
        Assert.Equal(300, receipts.Count);

        await serve.InterruptGroupAsync();
        await using var again = await StartAsync(store);

        using var client = new HttpClient { BaseAddress = new Uri(again.Url) };
        foreach (var (_, receipt) in receipts)
        {
            var response = await client.PostAsJsonAsync("/api/complaints/status", new { receipt });
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"receipt lost after Ctrl+C ({store}):\n{again.Output}");
        }
        Assert.Equal(300, await CountStoredAsync(store, again));
    }

    [Fact]
    public async Task Killing_serve_in_the_middle_of_a_burst_loses_no_acknowledged_report_and_doubles_none()
    {
        var serve = await StartAsync("sqlite");
        var burst = SubmitAsync(serve.Url, Enumerable.Range(0, 400), concurrency: 8);
        await WaitForStoredAsync(serve, 60);
        await serve.KillAsync();
        var acknowledged = await burst;
        // Some of the stored reports may not have had their answer sent before the kill: stored, not acknowledged.
        Assert.InRange(acknowledged.Count, 1, 399);

        await using var again = await StartAsync("sqlite");
        using var client = new HttpClient { BaseAddress = new Uri(again.Url) };
        foreach (var (_, receipt) in acknowledged)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/complaints/status", new { receipt })).StatusCode);
        }
        // The reporters whose answer never came send again with the same submission id: stored once, not twice.
        var resent = await SubmitAsync(again.Url, Enumerable.Range(0, 400).Where(i => !acknowledged.ContainsKey(i)), concurrency: 8);
        Assert.Equal(400, acknowledged.Count + resent.Count);
        Assert.All(acknowledged.Keys.Intersect(resent.Keys), i => Assert.Equal(acknowledged[i], resent[i]));
        Assert.Equal(400, await CountStoredAsync("sqlite", again));
    }

    private Task<ServeProcess> StartAsync(string store) =>
        ServeProcess.StartAsync(Path.Combine(SiteFixture.RepoRoot, "input"), Path.Combine(_root, "output"), Path.Combine(_root, "state"), store);

    /// <summary>Submits complaint i with its own submission id; returns the receipts of the acknowledged ones.</summary>
    private static async Task<ConcurrentDictionary<int, string>> SubmitAsync(string url, IEnumerable<int> which, int concurrency)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var queue = new ConcurrentQueue<int>(which);
        var receipts = new ConcurrentDictionary<int, string>();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (queue.TryDequeue(out var i))
            {
                try
                {
                    var response = await client.PostAsJsonAsync("/api/complaints", new Dictionary<string, string>
                    {
                        ["category"] = "procurement",
                        ["what"] = $"[{i:D4}] แบ่งซื้อแบ่งจ้างโครงการซ่อมถนนเพื่อหลีกเลี่ยงการประกวดราคา",
                        ["where"] = "กองช่าง",
                        ["how_known"] = "เห็นประกาศผลการจัดซื้อจัดจ้าง",
                        ["submission_id"] = $"serve-fault-{i:D4}-0000000000",
                    });
                    if (response.IsSuccessStatusCode)
                    {
                        receipts[i] = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("receipt").GetString()!;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or System.Net.Sockets.SocketException or IOException or TaskCanceledException)
                {
                    // The server went away mid-request (the socket error can surface unwrapped while connecting):
                    // no answer, so not acknowledged.
                }
            }
        }));
        return receipts;
    }

    private async Task WaitForStoredAsync(ServeProcess serve, int count)
    {
        for (var waited = 0; waited < 600 && await CountStoredAsync("sqlite", serve) < count; waited++)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>Complaints in the store, read the way the officer's list reads them.</summary>
    private async Task<int> CountStoredAsync(string store, ServeProcess serve)
    {
        if (store == "sqlite")
        {
            var settings = LocalOfficerSetup.Ensure(Path.Combine(_root, "state"));
            return (await ComplaintStores.Create(settings.ToSqliteOptions()).ListComplaintsAsync(CancellationToken.None)).Count;
        }
        using var client = new HttpClient { BaseAddress = new Uri(serve.Url) };
        client.DefaultRequestHeaders.Add("X-Officer-Key", File.ReadAllText(Path.Combine(_root, "state", "officer", LocalOfficerSetup.ApiKeyFile)).Trim());
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/officer/complaints"));
        return list.RootElement.GetProperty("complaints").GetArrayLength();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
