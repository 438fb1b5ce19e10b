using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.Intake.Tests;

/// <summary>PDPA deletion at the end of retention: closed complaints only, every entity, counts only.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionPurgeTests(AzuriteFixture azurite)
{
    private const int RetentionDays = 100;

    [Fact]
    public async Task Purge_deletes_every_entity_of_closed_complaints_past_retention_and_nothing_open()
    {
        var clock = new ManualClock(ManualClock.BangkokNoon(2020, 1, 10));
        await using var host = await StartAsync(clock);
        var closedEarly = await host.SubmitAsync(Samples.Complaint(submissionId: "retry-closed-000000000000001"));
        await host.StatusAsync(closedEarly, "ข้อมูลเพิ่มเติม");
        await host.ReplyAsync(closedEarly, "รับเรื่องแล้ว");
        await host.SetStatusAsync(closedEarly, ComplaintStatus.Completed);
        var open = await host.SubmitAsync(); // received, never touched: old but open
        var inProgress = await host.SubmitAsync(Samples.Complaint(submissionId: "retry-open-0000000000000001"));
        await host.SetStatusAsync(inProgress, "in-progress");
        clock.Set(ManualClock.BangkokNoon(2020, 3, 1));
        var closedLater = await host.SubmitAsync();
        await host.SetStatusAsync(closedLater, ComplaintStatus.NotActionable);

        // 19 April 2020 is exactly 100 days after 10 January: not yet due. Only the retry records (30 days) go.
        clock.Set(ManualClock.BangkokNoon(2020, 4, 19));
        Assert.Equal((0, 2), await PurgeAsync(host));
        await host.StatusAsync(closedEarly);
        Assert.DoesNotContain(await host.DumpTableAsync(), e => e.RowKey.StartsWith("s-", StringComparison.Ordinal));

        clock.Set(ManualClock.BangkokNoon(2020, 4, 20));
        Assert.Equal((1, 3), await PurgeAsync(host)); // the complaint, the follow-up and the reply

        var purgedId = host.IdOf(closedEarly);
        var table = await host.DumpTableAsync();
        Assert.DoesNotContain(table, e => e.RowKey.Contains(purgedId, StringComparison.Ordinal));
        Assert.Equal(new[] { open, inProgress, closedLater }.Select(r => "r-" + host.IdOf(r)).Order(StringComparer.Ordinal), table.Select(e => e.RowKey).Order(StringComparer.Ordinal));

        // The reporter gets exactly the answer an unknown receipt gets.
        var (gone, goneBody) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt = closedEarly }));
        var (unknown, unknownBody) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt = "0000 0000 0000 0000" }));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(unknown.StatusCode, gone.StatusCode);
        Assert.Equal(unknownBody.GetRawText(), goneBody.GetRawText());
        await host.StatusAsync(open);
        await host.StatusAsync(inProgress);
        await host.StatusAsync(closedLater);

        var stats = await host.OfficerGetAsync("/api/officer/statistics?from=2019-10-01&to=2020-09-30");
        Assert.Equal(3, stats.GetProperty("total").GetProperty("received").GetInt32());
        Assert.Equal(1, stats.GetProperty("total").GetProperty("completed").GetInt32());

        // Years later the open ones are still there; the second closed one goes once its own 100 days have passed.
        clock.Set(ManualClock.BangkokNoon(2030, 1, 1));
        Assert.Equal((1, 1), await PurgeAsync(host));
        Assert.Equal(new[] { open, inProgress }.Select(r => "r-" + host.IdOf(r)).Order(StringComparer.Ordinal), (await host.DumpTableAsync()).Select(e => e.RowKey).Order(StringComparer.Ordinal));
        Assert.Equal((0, 0), await PurgeAsync(host));
    }

    [Fact]
    public async Task A_thread_longer_than_one_transaction_and_orphaned_messages_are_deleted_too()
    {
        var clock = new ManualClock(ManualClock.BangkokNoon(2020, 1, 10));
        await using var host = await StartAsync(clock);
        var receipt = await host.SubmitAsync();
        for (var i = 0; i < 120; i++)
        {
            await host.StatusAsync(receipt, $"ข้อมูลเพิ่มเติม {i}");
        }
        await host.SetStatusAsync(receipt, ComplaintStatus.Completed);
        var orphans = new TableClient(host.Options.TableConnectionString, host.Options.TableName);
        await orphans.AddEntityAsync(new TableEntity("intake", "m-" + new string('0', 64) + "-1"));

        clock.Set(ManualClock.BangkokNoon(2021, 1, 1));
        Assert.Equal((1, 122), await PurgeAsync(host));
        Assert.Empty(await host.DumpTableAsync());
    }

    [Fact]
    public async Task Purge_needs_the_officer_key_and_answers_counts_only()
    {
        await using var host = await StartAsync(new ManualClock(ManualClock.BangkokNoon(2020, 1, 10)));
        await host.SubmitAsync();

        var (response, body) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Post, "/api/officer/purge"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["X-Officer-Key"], body.ErrorFields());
        Assert.Single(await host.DumpTableAsync());

        var (ok, counts) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Post, "/api/officer/purge").WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(["complaints_deleted", "entities_deleted"], counts.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("completed", "2020-01-10", "2020-04-19", false)] // exactly 100 days
    [InlineData("completed", "2020-01-10", "2020-04-20", true)]
    [InlineData("not-actionable", "2020-01-10", "2020-04-20", true)]
    [InlineData("received", "2000-01-01", "2030-01-01", false)]
    [InlineData("in-progress", "2000-01-01", "2030-01-01", false)]
    [InlineData("need-information", "2000-01-01", "2030-01-01", false)]
    public void A_complaint_is_due_only_when_closed_and_older_than_the_retention_period(string status, string updated, string today, bool due) =>
        Assert.Equal(due, Retention.IsDue(status, DateOnly.Parse(updated), DateOnly.Parse(today), RetentionDays));

    private Task<IntakeTestHost> StartAsync(ManualClock clock) =>
        IntakeTestHost.StartAsync(azurite.Server, o => o.RetentionDays = RetentionDays, s => s.AddSingleton<TimeProvider>(clock));

    private static async Task<(int Complaints, int Entities)> PurgeAsync(IntakeTestHost host)
    {
        var (response, body) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Post, "/api/officer/purge").WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (body.GetProperty("complaints_deleted").GetInt32(), body.GetProperty("entities_deleted").GetInt32());
    }
}
