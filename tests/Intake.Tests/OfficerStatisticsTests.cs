using System.Net;
using System.Text.Json;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

/// <summary>ITA o31 counts and the 15-day answer deadline, on a clock the test moves.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfficerStatisticsTests(AzuriteFixture azurite)
{
    private const string FiscalYear2564 = "/api/officer/statistics?from=2020-10-01&to=2021-09-30";

    [Fact]
    public async Task Statistics_count_by_category_status_group_and_Bangkok_month()
    {
        var clock = new ManualClock(ManualClock.BangkokNoon(2020, 9, 30));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, clock);
        var receipts = new List<string> { await host.SubmitAsync() }; // FY 2563: not counted

        // 17:30 UTC on 30 September is already 1 October in Bangkok.
        clock.Set(new DateTimeOffset(2020, 9, 30, 17, 30, 0, TimeSpan.Zero));
        var october = await host.SubmitAsync();
        await host.SetStatusAsync(october, "completed");

        clock.Set(ManualClock.BangkokNoon(2020, 11, 20));
        var closed = await host.SubmitAsync(Samples.Complaint().With("category", "procurement"));
        var waiting = await host.SubmitAsync(Samples.Complaint().With("category", "procurement"));
        await host.SetStatusAsync(closed, "not-actionable");
        await host.SetStatusAsync(waiting, "need-information");

        clock.Set(ManualClock.BangkokNoon(2021, 3, 31));
        var march = await host.SubmitAsync();
        receipts.AddRange([october, closed, waiting, march]);

        var stats = await host.OfficerGetAsync(FiscalYear2564);

        Assert.Equal("2021-03-31", stats.GetProperty("as_of").GetString());
        Assert.Equal((4, 2, 2), Counts(stats.GetProperty("total")));
        var byCategory = stats.GetProperty("by_category").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!, c => Counts(c.GetProperty("counts")));
        Assert.Equal(["bribery", "procurement", "misuse-of-property", "conflict-of-interest", "abuse-of-power", "other"], byCategory.Keys);
        Assert.Equal((2, 1, 1), byCategory["bribery"]);
        Assert.Equal((2, 1, 1), byCategory["procurement"]);
        Assert.Equal((0, 0, 0), byCategory["other"]);
        var byMonth = stats.GetProperty("by_month").EnumerateArray().ToDictionary(m => m.GetProperty("month").GetString()!, m => Counts(m.GetProperty("counts")));
        Assert.Equal(["2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03"], byMonth.Keys); // up to the as-of month
        Assert.Equal((1, 1, 0), byMonth["2020-10"]);
        Assert.Equal((2, 1, 1), byMonth["2020-11"]);
        Assert.Equal((0, 0, 0), byMonth["2021-01"]);
        Assert.Equal((1, 0, 1), byMonth["2021-03"]);

        // Counts only: no receipt, no report id, no row key, no content, no day of submission.
        var raw = stats.GetRawText();
        Assert.All(receipts, r => Assert.DoesNotContain(r, raw));
        Assert.All(receipts, r => Assert.DoesNotContain(host.IdOf(r), raw));
        Assert.DoesNotContain("\"r-", raw);
        Assert.DoesNotContain(Samples.What, raw);
        Assert.DoesNotContain("2020-11-20", raw);
        Assert.Equal(["as_of", "by_category", "by_month", "from", "to", "total"], stats.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_period_without_complaints_is_zeros_for_every_category_and_month()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, new ManualClock(ManualClock.BangkokNoon(2021, 3, 31)));

        var stats = await host.OfficerGetAsync(FiscalYear2564);

        Assert.Equal((0, 0, 0), Counts(stats.GetProperty("total")));
        Assert.Equal(6, stats.GetProperty("by_category").GetArrayLength());
        Assert.Equal(6, stats.GetProperty("by_month").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/officer/statistics", new[] { "from", "to" })]
    [InlineData("/api/officer/statistics?from=2564-10-01&to=2021-09-30", new[] { "from" })]
    [InlineData("/api/officer/statistics?from=2021-10-01&to=2021-09-30", new[] { "to" })]
    [InlineData("/api/officer/statistics?from=2000-01-01&to=2021-09-30", new[] { "to" })]
    public async Task A_missing_malformed_or_backwards_period_is_a_400_naming_the_parameter(string path, string[] fields)
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);

        var (response, body) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, path).WithOfficerKey(host));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(fields, body.ErrorFields());
    }

    [Fact]
    public async Task The_list_shows_the_answer_due_day_and_flags_open_complaints_past_it()
    {
        var clock = new ManualClock(ManualClock.BangkokNoon(2021, 3, 1));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, clock);
        var open = await host.SubmitAsync();
        var answered = await host.SubmitAsync();
        await host.SetStatusAsync(answered, "completed");

        clock.Set(ManualClock.BangkokNoon(2021, 3, 16));
        var onTheDay = await ListAsync(host);
        Assert.Equal("2021-03-16", onTheDay[host.IdOf(open)].GetProperty("answer_due").GetString());
        Assert.False(onTheDay[host.IdOf(open)].GetProperty("overdue").GetBoolean());

        clock.Set(ManualClock.BangkokNoon(2021, 3, 17));
        var dayAfter = await ListAsync(host);
        Assert.True(dayAfter[host.IdOf(open)].GetProperty("overdue").GetBoolean());
        Assert.False(dayAfter[host.IdOf(answered)].GetProperty("overdue").GetBoolean());

        await host.SetStatusAsync(open, "in-progress");
        Assert.True((await ListAsync(host))[host.IdOf(open)].GetProperty("overdue").GetBoolean()); // in progress is still open
        await host.SetStatusAsync(open, "not-actionable");
        Assert.False((await ListAsync(host))[host.IdOf(open)].GetProperty("overdue").GetBoolean());
    }

    private static async Task<Dictionary<string, JsonElement>> ListAsync(IntakeTestHost host) =>
        (await host.OfficerGetAsync("/api/officer/complaints")).GetProperty("complaints").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!);

    private static (int Received, int Completed, int InProgress) Counts(JsonElement counts) =>
        (counts.GetProperty("received").GetInt32(), counts.GetProperty("completed").GetInt32(), counts.GetProperty("in_progress").GetInt32());
}
