using IntegritySite.Site.Publishing;

namespace IntegritySite.Site.Serve;

/// <summary>
/// Watches input/ and calls back once a burst of saves has settled (editors write several times per save), with the
/// paths that changed since the last callback taken by <see cref="TakeChanges"/>.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    /// <summary>Long enough to join an editor's truncate-and-write of one save, short enough not to be felt.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(5);

    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _everything;

    public InputWatcher(string inputDirectory, Action onChange)
    {
        _root = Path.GetFullPath(inputDirectory);
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Changed += (_, e) => Touch(e.FullPath);
        _watcher.Created += (_, e) => Touch(e.FullPath);
        _watcher.Deleted += (_, e) => Touch(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        // Too many changes at once overflow the watcher's buffer and lose events: read the whole folder again.
        _watcher.Error += (_, _) => TouchEverything();
    }

    /// <summary>The changes since the last call (then forgotten).</summary>
    public InputChanges TakeChanges()
    {
        lock (_gate)
        {
            var changes = new InputChanges(_paths, _everything);
            (_paths, _everything) = (new HashSet<string>(StringComparer.Ordinal), false);
            return changes;
        }
    }

    private void Touch(string fullPath)
    {
        lock (_gate)
        {
            _paths.Add(Path.GetRelativePath(_root, fullPath).Replace('\\', '/'));
        }
        _timer.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    private void TouchEverything()
    {
        lock (_gate)
        {
            _everything = true;
        }
        _timer.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
