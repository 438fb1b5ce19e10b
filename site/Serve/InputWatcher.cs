namespace IntegritySite.Site.Serve;

/// <summary>Watches input/ and calls back once a burst of saves has settled (editors write several times per save).</summary>
public sealed class InputWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;

    public InputWatcher(string inputDirectory, Action onChange)
    {
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(inputDirectory) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Changed += (_, _) => Touch();
        _watcher.Created += (_, _) => Touch();
        _watcher.Deleted += (_, _) => Touch();
        _watcher.Renamed += (_, _) => Touch();
        // Too many changes at once overflow the watcher's buffer and lose events: rebuild from scratch anyway.
        _watcher.Error += (_, _) => Touch();
    }

    private void Touch() => _timer.Change(Settle, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
