using System.Diagnostics;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>The officer's tool (officer.dll, built beside the tests) run as the officer runs it.</summary>
internal static class OfficerProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "officer.dll");

    /// <summary>Runs one command to its end; the passphrase comes from OFFICER_PASSPHRASE, as in automation.</summary>
    public static async Task<string> RunAsync(string passphrase, params string[] args)
    {
        using var process = Process.Start(Start(args, passphrase))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"officer {string.Join(' ', args)}:\n{await stdout}{await stderr}");
        return await stdout;
    }

    /// <param name="executable">A published single-file officer tool; null runs officer.dll with dotnet.</param>
    public static ProcessStartInfo Start(IEnumerable<string> args, string? passphrase = null, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = SiteFixture.RepoRoot,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(Dll);
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("OFFICER_API_KEY");
        start.Environment.Remove("OFFICER_API_KEY_FILE");
        if (passphrase is not null)
        {
            start.Environment["OFFICER_PASSPHRASE"] = passphrase;
        }
        return start;
    }
}

/// <summary>`officer desk --no-browser` running; <see cref="StartUrl"/> is the one-time link it printed.</summary>
internal sealed class DeskProcess : IAsyncDisposable
{
    private readonly Process _process;

    private DeskProcess(Process process, string startUrl)
    {
        _process = process;
        StartUrl = startUrl;
    }

    public string StartUrl { get; }

    public string Origin => new Uri(StartUrl).GetLeftPart(UriPartial.Authority);

    public static async Task<DeskProcess> StartAsync(string keyFolder, string intakeUrl, string? executable = null, params string[] options)
    {
        var process = Process.Start(OfficerProcess.Start(["desk", "--keys", keyFolder, "--intake", intakeUrl, "--no-browser", .. options], executable: executable))!;
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    return new DeskProcess(process, line.Trim());
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("the desk did not start:\n" + await errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
