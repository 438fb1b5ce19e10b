using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Tests;

public sealed class RebuildsTests
{
    [Fact]
    public async Task A_change_during_a_rebuild_gets_one_more_rebuild()
    {
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        var runs = 0;
        var rebuilds = new Rebuilds(() =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                firstStarted.Set();
                releaseFirst.Wait(TimeSpan.FromSeconds(10));
            }
        });

        var first = Task.Run(rebuilds.Request);
        Assert.True(firstStarted.Wait(TimeSpan.FromSeconds(10)));
        rebuilds.Request();
        rebuilds.Request();
        releaseFirst.Set();
        await first;

        Assert.Equal(2, runs);
    }
}
