using IntegritySite.Officer.Api;
using IntegritySite.Officer.Keys;

namespace IntegritySite.Officer.Desk;

/// <summary>
/// The desk's one officer: where the key files are, the intake it talks to, and the unlocked keys while unlocked
/// (memory only; <see cref="Lock"/> zeroes them, and so does stopping the desk).
/// </summary>
internal sealed class DeskSession(string keyDirectory, IntakeApiClient api, SeenReports seen) : IDisposable
{
    private UnlockedKeys? _keys;

    public IntakeApiClient Api => api;

    public SeenReports Seen => seen;

    public string KeyDirectory => keyDirectory;

    public UnlockedKeys? Keys => _keys;

    /// <summary>Opens the key files with the passphrase; throws InvalidOperationException (Thai and English) when it does not.</summary>
    public void Unlock(string passphrase)
    {
        var keys = UnlockedKeys.Unlock(keyDirectory, passphrase);
        Interlocked.Exchange(ref _keys, keys)?.Dispose();
    }

    public void Lock() => Interlocked.Exchange(ref _keys, null)?.Dispose();

    public void Dispose() => Lock();
}
