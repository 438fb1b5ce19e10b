using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace IntegritySite.Intake.Abuse;

/// <summary>
/// Fixed-window rate limit keyed by HMAC(address) under a random key that exists only in memory and is
/// replaced, with all counters, at every window. Nothing is persisted, and once a window ends its
/// counters cannot be linked to any address.
/// </summary>
public sealed class RotatingRateLimiter(TimeProvider clock, TimeSpan window)
{
    private readonly Lock _gate = new();
    private Window _current = new(RandomNumberGenerator.GetBytes(32), DateTimeOffset.MinValue);

    public bool TryAcquire(string bucket, string clientAddress, int limit) => TryAcquire(bucket, clientAddress, 1, limit);

    /// <summary>
    /// Adds <paramref name="amount"/> (bytes of an upload, for instance) to the address's counter in this bucket; false
    /// when the total would pass <paramref name="limit"/> (the amount is then not counted).
    /// </summary>
    public bool TryAcquire(string bucket, string clientAddress, long amount, long limit)
    {
        var current = CurrentWindow();
        var slot = Convert.ToBase64String(HMACSHA256.HashData(current.Key, Encoding.UTF8.GetBytes(bucket + "\n" + clientAddress)), 0, 16);
        var accepted = false;
        current.Counts.AddOrUpdate(slot,
            _ => (accepted = amount <= limit) ? amount : 0,
            (_, count) => (accepted = count + amount <= limit) ? count + amount : count);
        return accepted;
    }

    /// <summary>Time until the current window ends and every counter starts again (a 429's Retry-After).</summary>
    public TimeSpan UntilNextWindow()
    {
        var left = CurrentWindow().Ends - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private Window CurrentWindow()
    {
        var now = clock.GetUtcNow();
        var current = Volatile.Read(ref _current);
        if (now < current.Ends)
        {
            return current;
        }
        lock (_gate)
        {
            if (now >= _current.Ends)
            {
                var retired = _current;
                _current = new Window(RandomNumberGenerator.GetBytes(32), now + window);
                CryptographicOperations.ZeroMemory(retired.Key);
            }
            return _current;
        }
    }

    private sealed record Window(byte[] Key, DateTimeOffset Ends)
    {
        public ConcurrentDictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);
    }
}
