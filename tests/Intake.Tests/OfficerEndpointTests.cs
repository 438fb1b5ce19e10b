using System.Net;
using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class OfficerEndpointTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/api/officer/complaints" },
        { "GET", "/api/officer/complaints/{id}" },
        { "GET", "/api/officer/statistics?from=2020-10-01&to=2021-09-30" },
        { "POST", "/api/officer/complaints/{id}/status" },
        { "POST", "/api/officer/complaints/{id}/replies" },
        { "POST", "/api/officer/purge" },
        { "GET", "/api/officer/purge" },
        { "POST", "/api/officer/complaints/{id}/reseal" },
    };

    [Fact]
    public async Task The_list_and_the_report_carry_the_seven_working_day_notice_counted_over_the_holiday_lists()
    {
        // Thursday 9 April 2026; Songkran (13–15 April) is in input/holidays/2569.txt, which is marked incomplete.
        var clock = new ManualClock(ManualClock.BangkokNoon(2026, 4, 9));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, o => o.PublicHolidaysFolder = Path.Combine(RepoRoot.Find(), "input", "holidays"),
            s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(s, clock));
        var id = host.IdOf(await host.SubmitAsync());

        var listed = (await host.OfficerGetAsync("/api/officer/complaints")).GetProperty("complaints")[0];
        Assert.Equal("2026-04-23", listed.GetProperty("facts_notice_due").GetString());
        Assert.True(listed.GetProperty("facts_notice_estimated").GetBoolean());
        Assert.Equal("2026-04-24", listed.GetProperty("answer_due").GetString());
        Assert.Equal("2026-04-23", (await host.OfficerGetAsync($"/api/officer/complaints/{id}")).GetProperty("facts_notice_due").GetString());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Officer_endpoints_refuse_requests_without_the_key(string method, string path)
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        var url = path.Replace("{id}", host.IdOf(receipt));

        foreach (var key in new string?[] { null, "", "wrong-key", host.Settings.OfficerApiKey + "x" })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
            {
                request.Content = new StringContent("{\"status\":\"completed\",\"message\":\"x\"}", Encoding.UTF8, "application/json");
            }
            if (key is not null)
            {
                request.Headers.Add("X-Officer-Key", key);
            }
            var (response, body) = await host.Client.SendJsonAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(["X-Officer-Key"], body.ErrorFields());
        }
        var stored = (await host.DumpTableAsync()).Single();
        Assert.Equal("received", stored.GetString("Status"));
    }

    [Fact]
    public async Task With_the_key_the_officer_lists_and_fetches_ciphertext_that_opens_on_their_machine()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        var id = host.IdOf(receipt);

        var (listResponse, list) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, "/api/officer/complaints").WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        var summary = Assert.Single(list.GetProperty("complaints").EnumerateArray());
        Assert.Equal(id, summary.GetProperty("id").GetString());
        Assert.Equal("bribery", summary.GetProperty("category").GetString());

        var (getResponse, complaint) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/officer/complaints/{id}").WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, getResponse.StatusCode);
        Assert.DoesNotContain(Samples.What, complaint.GetRawText());
        var sealedContent = Convert.FromBase64String(complaint.GetProperty("sealed_content").GetString()!);
        var facts = host.OpenComplaintForOfficer(sealedContent, id);
        Assert.Equal(Samples.What, facts.What);
    }

    [Fact]
    public async Task Unknown_status_and_unknown_complaint_are_rejected()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var id = host.IdOf(await host.SubmitAsync());

        var (badStatus, badBody) = await host.Client.SendJsonAsync(Requests.Json($"/api/officer/complaints/{id}/status", new { status = "lost" }).WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(["status"], badBody.ErrorFields());

        var missing = new string('a', 64);
        var notFound = await host.Client.SendAsync(Requests.Json($"/api/officer/complaints/{missing}/status", new { status = "completed" }).WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        var notFoundGet = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/officer/complaints/not-an-id").WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.NotFound, notFoundGet.StatusCode);
        Assert.Single(await host.DumpTableAsync());
    }
}
