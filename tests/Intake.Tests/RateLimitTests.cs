using System.Net;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class RateLimitTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Submissions_beyond_the_limit_get_429_with_a_bilingual_message_and_nothing_is_stored()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, o => o.SubmissionsPerWindow = 2);
        await host.SubmitAsync();
        await host.SubmitAsync();

        var (response, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints", Samples.Complaint()));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("รอสักครู่", body.GetProperty("errors")[0].GetProperty("th").GetString());
        Assert.Equal(2, (await host.DumpTableAsync()).Count);
        // Retry-After names the end of the 15-minute window, not a minute that would only meet another 429.
        var retryAfter = response.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Behind_a_front_end_the_limit_follows_the_forwarded_address_not_its_port()
    {
        await using var host = await StartBehindFrontEndAsync();
        Assert.Equal(HttpStatusCode.Created, await SubmitFromAsync(host, "198.51.100.7:40001"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitFromAsync(host, "198.51.100.7:40002"));
        Assert.Equal(HttpStatusCode.Created, await SubmitFromAsync(host, "198.51.100.8"));
    }

    [Fact]
    public async Task A_made_up_forwarded_entry_does_not_buy_a_fresh_limit()
    {
        await using var host = await StartBehindFrontEndAsync();
        // The client sends its own X-Forwarded-For; the front end appends the real address after it.
        Assert.Equal(HttpStatusCode.Created, await SubmitFromAsync(host, "192.0.2.1, 198.51.100.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitFromAsync(host, "192.0.2.2, 198.51.100.7"));
    }

    private Task<IntakeTestHost> StartBehindFrontEndAsync() => IntakeTestHost.StartAsync(azurite.Server, o =>
    {
        o.SubmissionsPerWindow = 1;
        o.ClientAddressHeader = "X-Forwarded-For";
    });

    private static async Task<HttpStatusCode> SubmitFromAsync(IntakeTestHost host, string forwarded)
    {
        var request = Requests.Json("/api/complaints", Samples.Complaint());
        request.Headers.Add("X-Forwarded-For", forwarded);
        return (await host.Client.SendAsync(request)).StatusCode;
    }
}
