using System.Net;
using System.Text.Json;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class PrivacyTests(AzuriteFixture azurite)
{
    private const string ForwardedAddress = "203.0.113.77";
    private const string AgentMarker = "MarkerAgent/7.7-zq81";
    private const string CookieMarker = "tracker=cookie-zq82";
    private const string RefererMarker = "https://referer.example/zq83";

    [Fact]
    public async Task Neither_address_agent_cookie_referer_plaintext_nor_receipt_reaches_the_table_or_the_logs()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var followUp = "ข้อความเพิ่มเติมลับเฉพาะ zq84";

        var submit = Marked(Requests.Json("/api/complaints", Samples.Complaint()));
        var (response, body) = await host.Client.SendJsonAsync(submit);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = body.GetProperty("receipt").GetString()!;
        var display = body.GetProperty("receipt_display").GetString()!;

        var formResponse = await host.Client.SendAsync(Marked(Requests.Form("/api/complaints", Samples.Complaint())));
        Assert.Equal(HttpStatusCode.Created, formResponse.StatusCode);
        var formReceipt = System.Text.RegularExpressions.Regex.Match(await formResponse.Content.ReadAsStringAsync(), @"\d{4} \d{4} \d{4} \d{4}").Value;

        var status = Marked(Requests.Json("/api/complaints/status", new { receipt = display, message = followUp }));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(status)).StatusCode);

        var entities = await host.DumpTableAsync();
        Assert.Equal(3, entities.Count);
        var stored = JsonSerializer.Serialize(entities.Select(e => e.ToDictionary(p => p.Key, p => p.Value is byte[] b ? Convert.ToBase64String(b) : p.Value?.ToString())));
        var logs = host.Logs.AllText;
        Assert.NotEmpty(host.Logs.Lines);
        Assert.Contains("Complaint stored", logs);

        string[] forbidden =
        [
            ForwardedAddress, AgentMarker, "zq81", CookieMarker, "zq82", "zq83", "zq84",
            receipt, display, formReceipt, formReceipt.Replace(" ", ""),
            Samples.What, Samples.Who, Samples.Where, Samples.HowKnown, Samples.Evidence, followUp,
        ];
        foreach (var marker in forbidden)
        {
            Assert.DoesNotContain(marker, stored);
            Assert.DoesNotContain(marker, logs);
        }
        Assert.DoesNotContain("127.0.0.1:", stored);
    }

    private static HttpRequestMessage Marked(HttpRequestMessage request)
    {
        request.Headers.Add("X-Forwarded-For", ForwardedAddress);
        request.Headers.Add("X-Real-IP", ForwardedAddress);
        request.Headers.TryAddWithoutValidation("User-Agent", AgentMarker);
        request.Headers.Add("Cookie", CookieMarker);
        request.Headers.Add("Referer", RefererMarker);
        return request;
    }
}
