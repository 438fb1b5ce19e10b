using IntegritySite.Officer.Api;
using IntegritySite.Officer.Keys;

namespace IntegritySite.Officer.Desk;

/// <summary>
/// The desk's one officer: where the key files are, the intake it talks to, and the unlocked keys while unlocked
/// (memory only; <see cref="Lock"/> zeroes them, and so do idling past the lock time and stopping the desk).
/// </summary>
internal sealed class DeskSession : IDisposable
{
    private readonly string _keyDirectory;
    private readonly IntakeApiClient _api;
    private readonly SeenReports _seen;
    private readonly TimeSpan _lockAfter;
    private readonly Timer _idleCheck;
    private UnlockedKeys? _keys;
    private long _lastUseTicks = Environment.TickCount64;

    /// <param name="lockAfter">Idle time after which the keys are zeroed and the passphrase is asked again.</param>
    public DeskSession(string keyDirectory, IntakeApiClient api, SeenReports seen, TimeSpan lockAfter)
    {
        _keyDirectory = keyDirectory;
        _api = api;
        _seen = seen;
        _lockAfter = lockAfter;
        var period = TimeSpan.FromTicks(Math.Clamp(lockAfter.Ticks / 4, TimeSpan.FromMilliseconds(250).Ticks, TimeSpan.FromSeconds(30).Ticks));
        _idleCheck = new Timer(_ => LockIfIdle(), null, period, period);
    }

    /// <summary>True when the keys were locked for being idle since the last page (the unlock page says so).</summary>
    public bool LockedForIdle { get; private set; }

    /// <summary>A page was used: the idle time starts again.</summary>
    public void Touch() => Interlocked.Exchange(ref _lastUseTicks, Environment.TickCount64);

    private void LockIfIdle()
    {
        if (_keys is not null && Environment.TickCount64 - Interlocked.Read(ref _lastUseTicks) > _lockAfter.TotalMilliseconds)
        {
            Lock();
            LockedForIdle = true;
        }
    }

    public IntakeApiClient Api => _api;

    public SeenReports Seen => _seen;

    public string KeyDirectory => _keyDirectory;

    public UnlockedKeys? Keys => _keys;

    /// <summary>Opens the key files with the passphrase; throws InvalidOperationException (Thai and English) when it does not.</summary>
    public void Unlock(string passphrase)
    {
        var keys = UnlockedKeys.Unlock(_keyDirectory, passphrase);
        Interlocked.Exchange(ref _keys, keys)?.Dispose();
        LockedForIdle = false;
        Touch();
    }

    public void Lock() => Interlocked.Exchange(ref _keys, null)?.Dispose();

    public void Dispose()
    {
        _idleCheck.Dispose();
        Lock();
    }
}
