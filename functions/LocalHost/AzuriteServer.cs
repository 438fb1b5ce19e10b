using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntegritySite.LocalHost;

/// <summary>
/// Azurite's Table service as a child process on a free loopback port. In memory when no data directory
/// is given; otherwise persisted there. Stopped with SIGINT so it can flush.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountName = "devstoreaccount1";
    // Azurite's fixed, publicly documented development key; it protects nothing.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly string _mainScript;
    private readonly string? _dataDirectory;
    private Process? _process;

    private AzuriteServer(string mainScript, string? dataDirectory, int port)
    {
        _mainScript = mainScript;
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/{AccountName};";

    public static async Task<AzuriteServer> StartAsync(string repoRoot, string? dataDirectory, CancellationToken ct = default)
    {
        var mainScript = Path.Combine(Path.GetFullPath(repoRoot), "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(mainScript))
        {
            throw new FileNotFoundException(
                $"Azurite is not installed ({mainScript} is missing). Run `npm ci` at the repository root ({Path.GetFullPath(repoRoot)}) first.", mainScript);
        }
        if (dataDirectory is not null)
        {
            Directory.CreateDirectory(dataDirectory);
        }
        var server = new AzuriteServer(mainScript, dataDirectory is null ? null : Path.GetFullPath(dataDirectory), FreeLoopbackPort());
        await server.LaunchAsync(ct);
        return server;
    }

    /// <summary>Stops the store (SIGINT, then kill after a timeout). The port stays reserved for RestartAsync.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
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

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task LaunchAsync(CancellationToken ct)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { _mainScript, "--disableTelemetry", "--silent", "--skipApiVersionCheck", "--tableHost", "127.0.0.1", "--tablePort", Port.ToString() })
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
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

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
