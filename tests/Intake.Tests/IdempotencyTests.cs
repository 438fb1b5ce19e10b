using System.Net;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class IdempotencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_retry_with_the_same_submission_id_returns_the_same_receipt_and_stores_once()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var fields = Samples.Complaint(submissionId: "3f6c1e1a-9b7d-4c2e-8f00-5a1b2c3d4e5f");

        var (first, firstBody) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints", fields));
        var (second, secondBody) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints", fields));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody.GetProperty("receipt").GetString(), secondBody.GetProperty("receipt").GetString());
        var entities = await host.DumpTableAsync();
        Assert.Single(entities, e => e.RowKey.StartsWith("r-", StringComparison.Ordinal));
        var retryRecord = Assert.Single(entities, e => e.RowKey.StartsWith("s-", StringComparison.Ordinal));
        Assert.DoesNotContain("3f6c1e1a", retryRecord.RowKey);
    }

    [Fact]
    public async Task A_form_retry_is_also_answered_with_the_original_receipt()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var fields = Samples.Complaint(submissionId: "form-retry-0000000000000001");

        var first = await (await host.Client.SendAsync(Requests.Form("/api/complaints", fields))).Content.ReadAsStringAsync();
        var second = await (await host.Client.SendAsync(Requests.Form("/api/complaints", fields))).Content.ReadAsStringAsync();

        var pattern = @"\d{4} \d{4} \d{4} \d{4}";
        Assert.Equal(System.Text.RegularExpressions.Regex.Match(first, pattern).Value, System.Text.RegularExpressions.Regex.Match(second, pattern).Value);
        Assert.Single(await host.DumpTableAsync(), e => e.RowKey.StartsWith("r-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_retries_store_exactly_once()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var fields = Samples.Complaint(submissionId: "concurrent-000000000000000001");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.Client.SendJsonAsync(Requests.Json("/api/complaints", fields))));

        Assert.All(responses, r => Assert.True(r.Response.IsSuccessStatusCode));
        Assert.Single(responses.Select(r => r.Body.GetProperty("receipt").GetString()).Distinct());
        Assert.Single(await host.DumpTableAsync(), e => e.RowKey.StartsWith("r-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_submission_id_with_different_content_is_a_different_complaint()
    {
        // A static page might ship one fixed id to everyone; that must never hand one reporter another's receipt.
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var first = await host.SubmitAsync(Samples.Complaint(submissionId: "fixed-id-shared-by-everyone"));
        var second = await host.SubmitAsync(Samples.Complaint(submissionId: "fixed-id-shared-by-everyone", what: "เรื่องอื่นโดยสิ้นเชิง"));

        Assert.NotEqual(first, second);
        Assert.Equal(2, (await host.DumpTableAsync()).Count(e => e.RowKey.StartsWith("r-", StringComparison.Ordinal)));
    }
}
