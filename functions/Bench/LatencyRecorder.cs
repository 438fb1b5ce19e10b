using System.Collections.Concurrent;
using System.Diagnostics;

namespace IntegritySite.Bench;

/// <summary>Collects per-operation latencies and reports rate and percentiles.</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private int _failures;

    public async Task TimeAsync(Func<Task<bool>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var ok = await operation();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!ok)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    public int Failures => _failures;

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }
}
