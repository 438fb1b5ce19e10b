using System.Net;
using IntegritySite.Intake.Tests.Infrastructure;
using IntegritySite.LocalHost;

namespace IntegritySite.Intake.Tests;

/// <summary>Stops and restarts its own persistent Azurite, so it runs apart from the shared one.</summary>
[Collection(StoreOutageCollection.Name)]
public sealed class StoreOutageTests : PersistentAzurite
{
    [Fact]
    public async Task Store_down_gives_503_without_receipt_and_the_app_recovers_when_it_returns()
    {
        await using var host = await IntakeTestHost.StartAsync(Azurite);
        var before = await host.SubmitAsync();

        await Azurite.StopAsync();
        var (down, downBody) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints", Samples.Complaint(what: "ส่งระหว่างระบบล่ม")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.False(downBody.TryGetProperty("receipt", out _));
        var error = Assert.Single(downBody.GetProperty("errors").EnumerateArray());
        Assert.Contains("ลองส่งใหม่", error.GetProperty("th").GetString());
        Assert.Contains("try again", error.GetProperty("en").GetString());
        Assert.NotNull(down.Headers.RetryAfter);

        var downForm = await host.Client.SendAsync(Requests.Form("/api/complaints", Samples.Complaint()));
        var downHtml = await downForm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, downForm.StatusCode);
        Assert.Contains("<html lang=\"th\">", downHtml);
        Assert.Contains("Nothing was saved", downHtml);
        Assert.DoesNotMatch(@"\d{4} \d{4} \d{4} \d{4}", downHtml);

        await Azurite.RestartAsync();
        var after = await host.SubmitAsync();

        var complaints = (await host.DumpTableAsync()).Where(e => e.RowKey.StartsWith("r-", StringComparison.Ordinal)).Select(e => e.RowKey).ToList();
        Assert.Equal(new[] { "r-" + host.IdOf(before), "r-" + host.IdOf(after) }.Order(), complaints.Order());
        Assert.Equal("received", (await host.StatusAsync(before)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Sending_from_the_check_page_while_the_store_is_down_offers_the_same_send_form_again()
    {
        await using var host = await IntakeTestHost.StartAsync(Azurite);
        var fields = Samples.Complaint(submissionId: "0123456789abcdef0123456789abcdef");
        await Azurite.StopAsync();

        var down = await host.Client.SendAsync(Requests.Form("/api/complaints", fields));
        var html = await down.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("Nothing was saved", html);
        Assert.Contains("value=\"0123456789abcdef0123456789abcdef\"", html);
        Assert.Contains("action=\"/api/complaints\"", html);

        await Azurite.RestartAsync();
        var sent = await host.Client.SendAsync(Requests.Form("/api/complaints", fields));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Single(await host.DumpTableAsync(), e => e.RowKey.StartsWith("r-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_lookup_while_the_store_is_down_is_a_503_not_a_404()
    {
        await using var host = await IntakeTestHost.StartAsync(Azurite);
        var receipt = await host.SubmitAsync();
        await Azurite.StopAsync();

        var (response, _) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        await Azurite.RestartAsync();
        Assert.Equal("received", (await host.StatusAsync(receipt)).GetProperty("status").GetString());
    }
}

[CollectionDefinition(Name)]
public sealed class StoreOutageCollection
{
    public const string Name = "store-outage";
}
