using IntegritySite.Intake.Tests.Infrastructure;
using IntegritySite.LocalHost;
using Microsoft.Data.Sqlite;

namespace IntegritySite.Intake.Tests;

/// <summary>
/// Faults are normal operation: many reporters submit at once while the store is stopped, paused, killed and loses
/// answers. Afterwards every acknowledged receipt reads back, nothing is stored twice, and every 503 stored nothing;
/// the client's retries (same submission id) then store each report exactly once. Loopback only, bounded.
/// </summary>
[Collection(StoreOutageCollection.Name)]
public sealed class StoreFaultTests : PersistentAzurite
{
    private const int Submissions = 160;
    private const int Concurrency = 8;

    [Fact]
    public async Task Table_store_stopped_paused_killed_and_losing_answers_loses_and_doubles_nothing()
    {
        await using var proxy = new FaultProxy(Azurite.Port);
        await using var host = await IntakeTestHost.StartAsync(Azurite, configure: o =>
        {
            o.TableConnectionString = proxy.Rewrite(o.TableConnectionString);
            o.StoreNetworkTimeout = TimeSpan.FromSeconds(1.5);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var run = new FaultRun(host, Submissions, Concurrency, 15, 40, 70, 95, 115, 135);

        var report = await run.SubmitAllAsync(async r =>
        {
            async Task FaultAsync(int at, FaultMode mode, int milliseconds)
            {
                await r.ReachedAsync(at, timeout.Token);
                proxy.Mode = mode;
                r.Release(at);
                await Task.Delay(milliseconds, timeout.Token);
                proxy.Mode = FaultMode.Pass;
            }
            await FaultAsync(15, FaultMode.DropResponses, 300); // writes land, their answers are lost
            await FaultAsync(40, FaultMode.Hold, 2500);         // the store stops answering, connections stay open, longer than a time-out
            await FaultAsync(70, FaultMode.Refuse, 1000);       // stopped: nothing connects
            await FaultAsync(95, FaultMode.Reset, 0);           // killed mid-request: every connection cut
            await r.ReachedAsync(115, timeout.Token);
            Azurite.Pause();                                     // the real store process stopped (SIGSTOP), then resumed
            r.Release(115);
            await Task.Delay(2500, timeout.Token);
            Azurite.Resume();
            await FaultAsync(135, FaultMode.DropResponses, 200);
        }, timeout.Token);

        Assert.Empty(await run.CheckAsync(report));
        Assert.True(report.NothingSaved > 0, "the faults produced no 503: the test did not test");
        Assert.True(report.Acknowledged > 0, "nothing was acknowledged");
        Assert.Empty(await run.RetryUntilStoredAsync(report, timeout.Token));
    }

    [Fact]
    public async Task Sqlite_store_locked_by_another_writer_loses_and_doubles_nothing()
    {
        var database = Path.Combine(DataDirectory, "complaints.db");
        await using var host = await IntakeTestHost.StartSqliteAsync(database, configure: o => o.StoreNetworkTimeout = TimeSpan.FromSeconds(1));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var run = new FaultRun(host, Submissions, Concurrency, 20, 70, 120);

        var report = await run.SubmitAllAsync(async r =>
        {
            foreach (var (at, hold) in new[] { (20, 2500), (70, 600), (120, 2000) })
            {
                await r.ReachedAsync(at, timeout.Token);
                // Another process holds the write lock: writers wait up to the busy timeout, then store nothing.
                await using var blocker = new SqliteConnection($"Data Source={database}");
                await blocker.OpenAsync(timeout.Token);
                using (var begin = blocker.CreateCommand())
                {
                    begin.CommandText = "BEGIN EXCLUSIVE";
                    await begin.ExecuteNonQueryAsync(timeout.Token);
                }
                r.Release(at);
                await Task.Delay(hold, timeout.Token);
                using var rollback = blocker.CreateCommand();
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync(timeout.Token);
            }
        }, timeout.Token);

        Assert.Empty(await run.CheckAsync(report));
        Assert.True(report.NothingSaved > 0, $"the lock produced no 503: the test did not test ({report.Acknowledged} acknowledged, {report.Unconfirmed} unconfirmed)");
        Assert.Equal(0, report.Unconfirmed);
        Assert.Empty(await run.RetryUntilStoredAsync(report, timeout.Token));
    }
}
