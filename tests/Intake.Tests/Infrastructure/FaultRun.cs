using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>
/// Submits many distinct complaints concurrently while a fault script runs, then checks what the brief promises:
/// every acknowledged (2xx) receipt reads back, nothing is stored twice, and every 503 ("nothing was saved") stored
/// nothing. Then it plays the retrying client: each submission not acknowledged is sent again with the same
/// submission id until it is, and afterwards every complaint is stored exactly once. Bounded in count and time.
/// </summary>
/// <param name="checkpoints">Submission numbers at which the submitters wait until the fault script has applied its next
/// fault (<see cref="ReachedAsync"/>, then <see cref="Release"/>), so the faults land mid-run however fast or slow the machine.</param>
internal sealed class FaultRun(IntakeTestHost host, int count, int concurrency, params int[] checkpoints)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentDictionary<int, Outcome> _first = new();
    private readonly Dictionary<int, TaskCompletionSource> _gates = checkpoints.ToDictionary(c => c, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    private int _completed;

    public int Completed => Volatile.Read(ref _completed);

    public sealed record Outcome(HttpStatusCode Status, string? Receipt);

    public sealed record Report(int Acknowledged, int NothingSaved, int Unconfirmed, IReadOnlyDictionary<int, Outcome> First, IReadOnlyDictionary<string, int> StoredCopies);

    /// <summary>Runs the submissions with <paramref name="faults"/> alongside; the script sees how many have completed.</summary>
    public async Task<Report> SubmitAllAsync(Func<FaultRun, Task> faults, CancellationToken ct)
    {
        var next = -1;
        var submitting = Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                foreach (var (at, gate) in _gates.Where(g => g.Key <= i))
                {
                    await gate.Task.WaitAsync(TimeSpan.FromMinutes(1), ct);
                }
                _first[i] = await SendAsync(i, ct);
                Interlocked.Increment(ref _completed);
            }
        }));
        await Task.WhenAll(submitting, faults(this));
        var stored = await StoredCopiesAsync();
        return new Report(
            _first.Values.Count(o => IsAcknowledged(o.Status)),
            _first.Values.Count(o => o.Status == HttpStatusCode.ServiceUnavailable),
            _first.Values.Count(o => o.Status == HttpStatusCode.GatewayTimeout),
            _first, stored);
    }

    /// <summary>The promises after the faulty run; returns the problems found (empty when kept).</summary>
    public async Task<List<string>> CheckAsync(Report report)
    {
        var problems = new List<string>();
        foreach (var (i, outcome) in report.First)
        {
            var copies = report.StoredCopies.GetValueOrDefault(Marker(i));
            if (IsAcknowledged(outcome.Status))
            {
                if (copies != 1)
                {
                    problems.Add($"#{i} acknowledged ({(int)outcome.Status}) but stored {copies} times");
                }
                var (status, _) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt = outcome.Receipt }));
                if (status.StatusCode != HttpStatusCode.OK)
                {
                    problems.Add($"#{i} acknowledged but its receipt answers {(int)status.StatusCode}");
                }
            }
            else if (outcome.Status == HttpStatusCode.ServiceUnavailable && copies != 0)
            {
                problems.Add($"#{i} answered 503 'nothing was saved' but is stored {copies} times");
            }
            else if (outcome.Status is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
            {
                problems.Add($"#{i} answered {(int)outcome.Status}");
            }
            else if (copies > 1)
            {
                problems.Add($"#{i} stored {copies} times");
            }
        }
        return problems;
    }

    /// <summary>The client retrying: every submission not acknowledged is sent again (same id) until it is; then each is stored once.</summary>
    public async Task<List<string>> RetryUntilStoredAsync(Report report, CancellationToken ct)
    {
        var problems = new List<string>();
        foreach (var (i, first) in report.First.Where(o => !IsAcknowledged(o.Value.Status)))
        {
            Outcome outcome = first;
            for (var attempt = 0; attempt < 10 && !IsAcknowledged(outcome.Status); attempt++)
            {
                await Task.Delay(100 * attempt, ct);
                outcome = await SendAsync(i, ct);
            }
            if (!IsAcknowledged(outcome.Status))
            {
                problems.Add($"#{i} still {(int)outcome.Status} after retries");
            }
        }
        var stored = await StoredCopiesAsync();
        problems.AddRange(Enumerable.Range(0, count).Where(i => stored.GetValueOrDefault(Marker(i)) != 1)
            .Select(i => $"#{i} stored {stored.GetValueOrDefault(Marker(i))} times after the client's retries"));
        return problems;
    }

    private async Task<Outcome> SendAsync(int i, CancellationToken ct)
    {
        var fields = Samples.Complaint(submissionId: $"fault-{_run}-{i:D4}-retry-id", what: Marker(i) + " " + Samples.What);
        using var response = await host.Client.SendAsync(Requests.Json("/api/complaints", fields), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var receipt = IsAcknowledged(response.StatusCode) ? JsonDocument.Parse(body).RootElement.GetProperty("receipt").GetString() : null;
        return new Outcome(response.StatusCode, receipt);
    }

    private string Marker(int i) => $"[{_run}-{i:D4}]";

    /// <summary>Opens every stored complaint as the officer does and counts the copies of each marker.</summary>
    private async Task<Dictionary<string, int>> StoredCopiesAsync()
    {
        var copies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var listing in await host.Store.ListComplaintsAsync(CancellationToken.None))
        {
            var complaint = await host.Store.FindComplaintAsync(listing.Id, CancellationToken.None);
            var what = host.OpenComplaintForOfficer(complaint!.Content, complaint.Id, complaint.Category).What;
            var marker = what[..what.IndexOf(' ')];
            copies[marker] = copies.GetValueOrDefault(marker) + 1;
        }
        return copies;
    }

    private static bool IsAcknowledged(HttpStatusCode status) => status is HttpStatusCode.Created or HttpStatusCode.OK;

    /// <summary>Waits until every submission before <paramref name="checkpoint"/> has its answer; the rest wait for <see cref="Release"/>.</summary>
    public async Task ReachedAsync(int checkpoint, CancellationToken ct)
    {
        for (var waited = 0; Completed < checkpoint && waited < 2400; waited++)
        {
            await Task.Delay(25, ct);
        }
    }

    /// <summary>The fault is in place: submissions go on from <paramref name="checkpoint"/>.</summary>
    public void Release(int checkpoint) => _gates[checkpoint].TrySetResult();
}
