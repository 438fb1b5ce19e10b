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
    }

    [Fact]
    public async Task Behind_a_front_end_the_limit_follows_the_forwarded_address_not_its_port()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, o =>
        {
            o.SubmissionsPerWindow = 1;
            o.ClientAddressHeader = "X-Forwarded-For";
        });

        async Task<HttpStatusCode> SubmitFromAsync(string forwarded)
        {
            var request = Requests.Json("/api/complaints", Samples.Complaint());
            request.Headers.Add("X-Forwarded-For", forwarded);
            return (await host.Client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Created, await SubmitFromAsync("198.51.100.7:40001"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitFromAsync("198.51.100.7:40002, 10.0.0.1"));
        Assert.Equal(HttpStatusCode.Created, await SubmitFromAsync("198.51.100.8"));
    }
}
