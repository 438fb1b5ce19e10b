using System.Diagnostics;
using System.Text.RegularExpressions;
using IntegritySite.LocalHost;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// `integritysite-local serve` (what scripts/serve.sh runs) as a user runs it, in a process group of its own (setsid, as a terminal gives a command), so
/// a test can press Ctrl+C on the whole group or kill the process outright. SIGINT is reset to its default first, as a terminal
/// has it: a test run started in the background of a script (`cmd &`) inherits SIGINT ignored, and .NET keeps an ignored
/// SIGINT ignored, so Ctrl+C would never reach serve.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServeProcess(Process process) => _process = process;

    public string Url { get; private set; } = "";

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(string input, string output, string state, string store)
    {
        var start = new ProcessStartInfo("/usr/bin/setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = SiteFixture.RepoRoot,
        };
        // Many submissions from one address in a few seconds: lift the per-address limit for this run.
        start.Environment["Intake__SubmissionsPerWindow"] = "100000";
        start.Environment["Intake__StatusChecksPerWindow"] = "100000";
        foreach (var arg in new[] { "/usr/bin/env", "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "integritysite-local.dll"), "serve", "--input", input, "--output", output, "--state", state, "--port", "0", "--no-search", "--store", store })
        {
            start.ArgumentList.Add(arg);
        }
        var serve = new ServeProcess(Process.Start(start)!);
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (serve._output)
            {
                serve._output.Add(line);
            }
            if (ServingLine().Match(line) is { Success: true } match)
            {
                started.TrySetResult(match.Groups[1].Value);
            }
        }
        serve._process.OutputDataReceived += (_, e) => Read(e.Data);
        serve._process.ErrorDataReceived += (_, e) => Read(e.Data);
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        var first = await Task.WhenAny(started.Task, serve._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != started.Task)
        {
            await serve.DisposeAsync();
            throw new InvalidOperationException("serve did not start:\n" + serve.Output);
        }
        serve.Url = await started.Task;
        return serve;
    }

    /// <summary>Ctrl+C in the terminal: SIGINT to every process of the group; waits for serve to exit.</summary>
    public Task InterruptGroupAsync() => SignalAndWaitAsync(-_process.Id, LibC.SigInt);

    /// <summary>The process dies on the spot (power cut, OOM killer): SIGKILL, no clean-up.</summary>
    public Task KillAsync() => SignalAndWaitAsync(_process.Id, LibC.SigKill);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await InterruptGroupAsync();
        }
        _process.Dispose();
    }

    private async Task SignalAndWaitAsync(int target, int signal)
    {
        LibC.Kill(target, signal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("serve did not stop:\n" + Output);
        }
    }

    [GeneratedRegex(@"^serving (http://127\.0\.0\.1:\d+)/")]
    private static partial Regex ServingLine();
}
