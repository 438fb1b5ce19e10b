namespace IntegritySite.Site.Serve;

/// <summary>
/// Runs one rebuild at a time. A change that arrives while a rebuild runs is not dropped: one more rebuild follows,
/// so the served site always catches up with the last save.
/// </summary>
public sealed class Rebuilds(Action rebuild)
{
    private readonly Lock _gate = new();
    private bool _running;
    private bool _pending;

    public void Request()
    {
        lock (_gate)
        {
            if (_running)
            {
                _pending = true;
                return;
            }
            _running = true;
        }
        try
        {
            do
            {
                rebuild();
            }
            while (TakePending());
        }
        catch
        {
            lock (_gate)
            {
                (_running, _pending) = (false, false);
            }
            throw;
        }
    }

    private bool TakePending()
    {
        lock (_gate)
        {
            (_running, _pending) = (_pending, false);
            return _running;
        }
    }
}
