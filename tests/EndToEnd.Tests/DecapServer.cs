using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// decap-server (npm), Decap CMS's local backend, on a free loopback port, reading and writing the files of
/// <c>root</c> (a git repository with input/ in it, as the checkout is): what a staff member runs with `npx decap-server`.
/// In git mode, as the editorial workflow needs: each change is a branch (cms/…), merged when published.
/// </summary>
internal sealed class DecapServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private DecapServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ApiUrl => $"http://127.0.0.1:{Port}/api/v1";

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

    public static async Task<DecapServer> StartAsync(string root)
    {
        var script = Path.Combine(SiteFixture.RepoRoot, "node_modules", "decap-server", "dist", "index.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: run scripts/setup.sh (npm ci)");
        }
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(script);
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["GIT_REPO_DIRECTORY"] = root;
        start.Environment["MODE"] = "git";
        start.Environment["LOG_LEVEL"] = "info";
        var server = new DecapServer(Process.Start(start)!, port);
        server._process.OutputDataReceived += (_, e) => server.Add(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Add(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();

        // node starting on a loaded machine: each probe may take a while, and none that fails ends the wait.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !server._process.HasExited)
        {
            try
            {
                var info = await http.PostAsync(server.ApiUrl, new StringContent("{\"action\":\"info\"}", System.Text.Encoding.UTF8, "application/json"));
                if (info.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException("decap-server did not start:\n" + server.Output);
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
