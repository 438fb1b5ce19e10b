using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntegritySite.LocalHost;

/// <summary>
/// Azurite's Table service as a supervised child process on a free loopback port: in memory when no data directory is
/// given, otherwise persisted there (Azurite writes to disk only every few seconds: an emulator, not a durable store).
/// It runs in a session of its own (setsid), so a Ctrl+C in the terminal reaches only us, and we stop it with exactly
/// one SIGINT (it handles only the first; a second cut its flush short and lost acknowledged writes). If it exits on
/// its own it is started again on the same port and folder.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountName = "devstoreaccount1";
    // Azurite's fixed, publicly documented development key; it protects nothing.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private const int MaxRestartsPerMinute = 5;

    private readonly string _mainScript;
    private readonly AzuriteService _service;
    private readonly string? _dataDirectory;
    private readonly Lock _gate = new();
    private readonly Queue<DateTime> _restarts = new();
    private Process? _process;
    private bool _stopping;

    private AzuriteServer(string mainScript, string? dataDirectory, int port, AzuriteService service)
    {
        _mainScript = mainScript;
        _service = service;
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Restarts after Azurite exited by itself (the supervisor's count).</summary>
    public int Restarts { get; private set; }

    /// <summary>The running Azurite's process id (tests pause and kill it).</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>The connection string for this service (TableEndpoint or BlobEndpoint).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};{(_service == AzuriteService.Blob ? "BlobEndpoint" : "TableEndpoint")}=http://127.0.0.1:{Port}/{AccountName};";

    /// <summary>Azurite's Table service (the complaint store).</summary>
    public static Task<AzuriteServer> StartAsync(string repoRoot, string? dataDirectory, CancellationToken ct = default) =>
        StartAsync(repoRoot, dataDirectory, AzuriteService.Table, ct);

    /// <summary>Azurite's Blob service (the Table engine's encrypted attachments), supervised the same way.</summary>
    public static Task<AzuriteServer> StartBlobAsync(string repoRoot, string? dataDirectory, CancellationToken ct = default) =>
        StartAsync(repoRoot, dataDirectory, AzuriteService.Blob, ct);

    private static async Task<AzuriteServer> StartAsync(string repoRoot, string? dataDirectory, AzuriteService service, CancellationToken ct)
    {
        var mainScript = Path.Combine(Path.GetFullPath(repoRoot), "node_modules", "azurite", "dist", "src", service == AzuriteService.Blob ? "blob" : "table", "main.js");
        if (!File.Exists(mainScript))
        {
            throw new FileNotFoundException(
                $"Azurite is not installed ({mainScript} is missing). Run `npm ci` at the repository root ({Path.GetFullPath(repoRoot)}) first.", mainScript);
        }
        if (dataDirectory is not null)
        {
            Directory.CreateDirectory(dataDirectory);
        }
        var server = new AzuriteServer(mainScript, dataDirectory is null ? null : Path.GetFullPath(dataDirectory), FreeLoopbackPort(), service);
        await server.LaunchAsync(ct);
        return server;
    }

    /// <summary>Stops the store with one SIGINT (kill after a timeout). The port stays reserved for RestartAsync.</summary>
    public async Task StopAsync()
    {
        Process? process;
        lock (_gate)
        {
            _stopping = true;
            process = _process;
            _process = null;
        }
        if (process is null)
        {
            return;
        }
        using (process)
        {
            if (process.HasExited)
            {
                return;
            }
            LibC.Kill(process.Id, LibC.SigInt);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    /// <summary>Starts the store again on the same port (and directory, if any).</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await LaunchAsync(CancellationToken.None);
    }

    /// <summary>SIGSTOP / SIGCONT: the store stops answering (connections stay open) and carries on later.</summary>
    public void Pause() => Signal(LibC.SigStop);

    public void Resume() => Signal(LibC.SigCont);

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Signal(int signal)
    {
        if (ProcessId is { } pid)
        {
            LibC.Kill(pid, signal);
        }
    }

    private async Task LaunchAsync(CancellationToken ct)
    {
        // setsid: Azurite gets a session (and process group) of its own, out of reach of the terminal's Ctrl+C.
        var start = new ProcessStartInfo(File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : "node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (start.FileName != "node")
        {
            start.ArgumentList.Add("node");
        }
        var name = _service == AzuriteService.Blob ? "blob" : "table";
        foreach (var arg in new[] { _mainScript, "--disableTelemetry", "--silent", "--skipApiVersionCheck", $"--{name}Host", "127.0.0.1", $"--{name}Port", Port.ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        if (_dataDirectory is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_dataDirectory);
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Exited += (_, _) => OnExited(process);
        lock (_gate)
        {
            _stopping = false;
            process.Start();
            _process = process;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AnswersAsync(Port, ct))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await StopAsync();
                string log;
                lock (output) { log = output.ToString(); }
                throw new InvalidOperationException($"Azurite did not start on port {Port}: {log}");
            }
            await Task.Delay(100, ct);
        }
    }

    /// <summary>Azurite died by itself (crashed, or killed): start it again, a bounded number of times a minute.</summary>
    private void OnExited(Process exited)
    {
        lock (_gate)
        {
            if (_stopping || !ReferenceEquals(_process, exited))
            {
                return;
            }
            var now = DateTime.UtcNow;
            while (_restarts.Count > 0 && now - _restarts.Peek() > TimeSpan.FromMinutes(1))
            {
                _restarts.Dequeue();
            }
            if (_restarts.Count >= MaxRestartsPerMinute)
            {
                return;
            }
            _restarts.Enqueue(now);
            _process = null;
            Restarts++;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await LaunchAsync(CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // It would not start; the intake answers 503 meanwhile, and the next exit tries again.
            }
        });
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, ct);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>Which of Azurite's services a server runs.</summary>
public enum AzuriteService
{
    Table,
    Blob,
}
