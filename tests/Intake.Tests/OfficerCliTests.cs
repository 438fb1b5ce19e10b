using System.Diagnostics;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class OfficerCliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Officer_tool_lists_replies_and_decrypts_on_the_officer_machine()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        await host.StatusAsync(receipt, "ข้อความเพิ่มเติมจากผู้แจ้ง");
        var id = host.IdOf(receipt);

        var inbox = await RunAsync(host, "inbox");
        Assert.Contains(id, inbox);
        Assert.Contains("bribery", inbox);

        await RunAsync(host, "reply", id, "ขอบคุณ กำลังตรวจสอบ");
        await RunAsync(host, "status", id, "in-progress");
        var read = await RunAsync(host, "read", id, host.Settings.OfficerPrivateKeyPath);
        Assert.Contains(Samples.What, read);
        Assert.Contains(Samples.HowKnown, read);
        Assert.Contains("ข้อความเพิ่มเติมจากผู้แจ้ง", read);
        Assert.Contains("ขอบคุณ กำลังตรวจสอบ", read);
        Assert.Contains("in-progress", read);
        Assert.Equal("ขอบคุณ กำลังตรวจสอบ", (await host.StatusAsync(receipt)).GetProperty("replies")[0].GetProperty("message").GetString());
    }

    private static async Task<string> RunAsync(IntakeTestHost host, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot.Find() };
        foreach (var arg in new[] { "run", "--project", "functions/Officer", "--" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["INTAKE_URL"] = host.Client.BaseAddress!.ToString();
        start.Environment["OFFICER_API_KEY"] = host.Settings.OfficerApiKey;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stdout + await stderr);
        return await stdout;
    }
}
