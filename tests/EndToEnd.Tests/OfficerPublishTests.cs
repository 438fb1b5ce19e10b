using System.Diagnostics;
using System.Net;
using IntegritySite.LocalHost;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// The officer installs one file: scripts/publish-officer.sh makes a self-contained single-file tool, which starts
/// the desk on a machine with nothing else (its runtime and libsodium are inside).
/// </summary>
public sealed class OfficerPublishTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-officer-publish-").FullName;

    [Fact]
    public async Task The_linux_single_file_tool_is_published_and_starts_the_desk()
    {
        var publish = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = SiteFixture.RepoRoot };
        foreach (var arg in new[] { "scripts/publish-officer.sh", "linux-x64", "--out", Path.Combine(_root, "publish") })
        {
            publish.ArgumentList.Add(arg);
        }
        using (var process = Process.Start(publish)!)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, await output + await errors);
        }
        var tool = Path.Combine(_root, "publish", "linux-x64", "officer");
        Assert.Equal([tool], Directory.GetFiles(Path.Combine(_root, "publish", "linux-x64")));

        var settings = LocalOfficerSetup.Ensure(Path.Combine(_root, "state"));
        await using var desk = await DeskProcess.StartAsync(settings.OfficerDirectory, "http://127.0.0.1:9", executable: tool);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(desk.Origin + "/")).StatusCode);
        var start = await http.GetAsync(desk.StartUrl);
        Assert.Equal(HttpStatusCode.SeeOther, start.StatusCode);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
