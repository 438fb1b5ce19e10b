using System.Diagnostics;
using System.Text.Json;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

public sealed class FunctionAppPublishTests
{
    [Fact]
    public async Task Publish_succeeds_and_functions_metadata_lists_every_function_with_its_route()
    {
        var output = Directory.CreateTempSubdirectory("functionapp-publish-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot.Find() };
            foreach (var arg in new[] { "publish", "functions/FunctionApp", "-c", "Release", "-o", output, "--nologo", "-v", "quiet" })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // A first Release publish in a clean clone restores and builds the worker's extension project too: minutes on 2 cores.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, await stdout + await stderr);

            using var metadata = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "functions.metadata")));
            var functions = metadata.RootElement.EnumerateArray().ToList();
            var routes = functions.Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "httpTrigger")).ToDictionary(
                f => f.GetProperty("name").GetString()!,
                f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger").GetProperty("route").GetString());
            var timer = functions.Single(f => f.GetProperty("name").GetString() == "RetentionPurgeDaily").GetProperty("bindings")[0];
            Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
            Assert.Equal("0 0 20 * * *", timer.GetProperty("schedule").GetString());
            Assert.Equal(14, functions.Count);

            Assert.Equal(new Dictionary<string, string?>
            {
                ["SubmitComplaint"] = "complaints",
                ["CheckComplaint"] = "complaints/check",
                ["ComplaintStatus"] = "complaints/status",
                ["OfficerListComplaints"] = "officer/complaints",
                ["OfficerStatistics"] = "officer/statistics",
                ["OfficerGetComplaint"] = "officer/complaints/{id}",
                ["OfficerGetAttachment"] = "officer/complaints/{id}/attachments/{blob}",
                ["OfficerSetStatus"] = "officer/complaints/{id}/status",
                ["OfficerReply"] = "officer/complaints/{id}/replies",
                ["OfficerPurge"] = "officer/purge",
                ["OfficerPurgePreview"] = "officer/purge",
                ["OfficerReseal"] = "officer/complaints/{id}/reseal",
            }, routes);
            Assert.True(File.Exists(Path.Combine(output, "host.json")));
            Assert.True(File.Exists(Path.Combine(output, "holidays", "2569.txt")), "the holiday lists from input/holidays are published with the app");
            Assert.True(File.Exists(Path.Combine(output, "runtimes", "linux-x64", "native", "libsodium.so")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
