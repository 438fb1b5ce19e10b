using System.Net;
using System.Text.Json;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class OversizedSealedContentTests(AzuriteFixture azurite)
{
    /// <summary>Every text field at its character limit, filled with emoji: within each field limit and the body limit,
    /// but JSON-escaped (\uD83D\uDE00) the facts grow to about 90 KB, beyond the Table service's 64 KiB property limit.</summary>
    private static Dictionary<string, string> EmojiAtEveryLimit() => new()
    {
        ["category"] = "bribery",
        ["what"] = string.Concat(Enumerable.Repeat("😀", 3000)),
        ["who"] = string.Concat(Enumerable.Repeat("😀", 500)),
        ["when"] = string.Concat(Enumerable.Repeat("😀", 250)),
        ["where"] = string.Concat(Enumerable.Repeat("😀", 500)),
        ["how_known"] = string.Concat(Enumerable.Repeat("😀", 1000)),
        ["evidence"] = string.Concat(Enumerable.Repeat("😀", 2000)),
        ["contact"] = string.Concat(Enumerable.Repeat("😀", 250)),
    };

    [Theory]
    [InlineData("json")]
    [InlineData("form")]
    public async Task Facts_too_large_to_store_sealed_are_a_400_naming_the_body_not_a_500(string kind)
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var fields = EmojiAtEveryLimit();
        var request = kind == "json" ? Requests.Json("/api/complaints", fields) : Requests.Form("/api/complaints", fields);
        request.Headers.Accept.ParseAdd("application/json");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (kind == "json")
        {
            Assert.Equal(["body"], (await response.ReadJsonAsync()).ErrorFields());
        }
        else
        {
            Assert.Contains("<code>body</code>", await response.Content.ReadAsStringAsync());
        }
        Assert.Empty(await host.DumpTableAsync());
    }
}

public sealed class KeyLengthTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(64)]
    public void Public_key_derivation_refuses_a_private_key_that_is_not_32_bytes(int length) =>
        // libsodium would read 32 bytes whatever the span holds; a truncated key file must not be read past its end.
        Assert.Throws<ArgumentException>(() => X25519KeyPair.PublicKeyOf(new byte[length]));
}

public sealed class FunctionAppTelemetryTests
{
    private static readonly string FunctionApp = Path.Combine(RepoRoot.Find(), "functions", "FunctionApp");

    [Fact]
    public void Host_json_turns_off_application_insights_request_telemetry_which_would_record_client_addresses()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionApp, "host.json")));
        var logging = host.RootElement.GetProperty("logging");
        var levels = logging.GetProperty("logLevel");

        // "Host.Results" is what becomes the "requests" table (URL, client IP / geolocation); "None" stops it at any level.
        Assert.Equal("None", levels.GetProperty("Host.Results").GetString());
        Assert.Equal("Warning", levels.GetProperty("default").GetString());
        var insights = logging.GetProperty("applicationInsights");
        Assert.False(insights.GetProperty("enableLiveMetrics").GetBoolean());
        Assert.False(insights.GetProperty("httpAutoCollectionOptions").GetProperty("enableHttpTriggerExtendedInfoCollection").GetBoolean());
    }

    [Fact]
    public void The_worker_has_no_application_insights_sdk_of_its_own()
    {
        var project = File.ReadAllText(Path.Combine(FunctionApp, "IntegritySite.FunctionApp.csproj"));
        Assert.DoesNotContain("ApplicationInsights", project, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Lets reads through; once armed, lets <see cref="WritesAllowed"/> write requests through and fails the rest as if the store went down.</summary>
internal sealed class StoreWriteFaults : Azure.Core.Pipeline.HttpPipelinePolicy
{
    private int _writes;

    public bool Armed { get; set; }

    public int WritesAllowed { get; set; }

    public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
    {
        Check(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
    {
        Check(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Check(Azure.Core.HttpMessage message)
    {
        if (Armed && message.Request.Method != Azure.Core.RequestMethod.Get && Interlocked.Increment(ref _writes) > WritesAllowed)
        {
            throw new Azure.RequestFailedException(503, "Injected store failure.");
        }
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class MessageAtomicityTests(AzuriteFixture azurite)
{
    private static async Task<(IntakeTestHost Host, StoreWriteFaults Faults)> StartAsync(AzuriteFixture azurite)
    {
        var faults = new StoreWriteFaults();
        var host = await IntakeTestHost.StartAsync(azurite.Server, services: s =>
            s.AddSingleton(sp => (IntegritySite.Intake.Storage.IComplaintStore)new IntegritySite.Intake.Storage.Tables.TableComplaintStore(sp.GetRequiredService<IntakeOptions>(), faults)));
        return (host, faults);
    }

    private static bool IsMessage(Azure.Data.Tables.TableEntity e) => e.RowKey.StartsWith("m-", StringComparison.Ordinal);

    [Fact]
    public async Task A_follow_up_and_the_complaint_update_are_one_write_so_a_failing_store_cannot_leave_half_of_them()
    {
        var (host, faults) = await StartAsync(azurite);
        await using var _ = host;
        var receipt = await host.SubmitAsync();

        // The store fails after one write: a follow-up written as "message, then touch the complaint" would be left half done.
        faults.WritesAllowed = 1;
        faults.Armed = true;
        var (response, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt, message = "ข้อมูลเพิ่มเติม" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("message_stored").GetBoolean());
        Assert.Single(await host.DumpTableAsync(), IsMessage);
    }

    [Fact]
    public async Task A_follow_up_while_the_store_refuses_writes_is_a_503_and_leaves_nothing()
    {
        var (host, faults) = await StartAsync(azurite);
        await using var _ = host;
        var receipt = await host.SubmitAsync();

        faults.WritesAllowed = 0;
        faults.Armed = true;
        var (response, _) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt, message = "ข้อมูลเพิ่มเติม" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(await host.DumpTableAsync(), IsMessage);
    }

    [Fact]
    public async Task An_officer_reply_and_the_complaint_update_are_one_write()
    {
        var (host, faults) = await StartAsync(azurite);
        await using var _ = host;
        var receipt = await host.SubmitAsync();

        faults.WritesAllowed = 1;
        faults.Armed = true;
        var request = host.SignedReply(host.IdOf(receipt), "รับเรื่องแล้ว");
        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(await host.DumpTableAsync(), IsMessage);
    }
}
