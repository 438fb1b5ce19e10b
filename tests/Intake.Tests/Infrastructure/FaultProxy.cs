using System.Net;
using System.Net.Sockets;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>
/// A TCP proxy on loopback between the intake and its store, to inject the faults a network and a store really have
/// (Toxiproxy-style): refuse new connections (store stopped), hold all traffic (store paused), cut every connection
/// (store killed), or forward requests but drop their answers (the write lands, the client never learns it).
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<(TcpClient Client, TcpClient Server)> _connections = [];
    private volatile FaultMode _mode = FaultMode.Pass;
    private readonly Task _accepting;

    public FaultProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptLoopAsync();
    }

    public int Port { get; }

    public FaultMode Mode
    {
        get => _mode;
        set
        {
            lock (_gate)
            {
                var was = _mode;
                _mode = value;
                if (value == FaultMode.Refuse && was != FaultMode.Refuse)
                {
                    _listener.Stop(); // connecting now fails: nothing reaches the store
                }
                else if (value != FaultMode.Refuse && was == FaultMode.Refuse)
                {
                    _listener = new TcpListener(IPAddress.Loopback, Port); // the same port again
                    _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                    _listener.Start();
                }
            }
            if (value is FaultMode.Refuse or FaultMode.Reset)
            {
                CutAll();
            }
        }
    }

    /// <summary>A store connection string with the Table endpoint moved to this proxy.</summary>
    public string Rewrite(string connectionString) =>
        connectionString.Replace($"127.0.0.1:{_targetPort}/", $"127.0.0.1:{Port}/", StringComparison.Ordinal);

    /// <summary>Closes every open connection with a reset.</summary>
    public void CutAll()
    {
        lock (_gate)
        {
            foreach (var (client, server) in _connections)
            {
                Abort(client);
                Abort(server);
            }
            _connections.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        CutAll();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                if (_mode == FaultMode.Refuse)
                {
                    await Task.Delay(20, _stop.Token);
                    continue;
                }
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception) when (_mode == FaultMode.Refuse)
            {
                continue; // the listener was stopped under the pending accept
            }
            catch (InvalidOperationException)
            {
                await Task.Delay(20);
                continue;
            }
            _ = Task.Run(() => BridgeAsync(client));
        }
    }

    private async Task BridgeAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
        }
        catch (Exception)
        {
            Abort(client);
            server.Dispose();
            return;
        }
        lock (_gate)
        {
            _connections.Add((client, server));
        }
        await Task.WhenAny(PumpAsync(client, server, requests: true), PumpAsync(server, client, requests: false));
        lock (_gate)
        {
            _connections.Remove((client, server));
        }
        Abort(client);
        Abort(server);
    }

    private async Task PumpAsync(TcpClient from, TcpClient to, bool requests)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            var source = from.GetStream();
            var target = to.GetStream();
            while (true)
            {
                var read = await source.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }
                // Hold: bytes wait here until the mode changes (the store is paused, the connection stays open).
                for (var waited = 0; _mode == FaultMode.Hold && waited < 600; waited++)
                {
                    await Task.Delay(50, _stop.Token);
                }
                if (!requests && _mode == FaultMode.DropResponses)
                {
                    // The store did the work; its answer never arrives and the connection dies.
                    Abort(from);
                    Abort(to);
                    return;
                }
                await target.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception)
        {
            // A cut connection ends its pumps.
        }
    }

    private static void Abort(TcpClient client)
    {
        try
        {
            client.Client.LingerState = new LingerOption(true, 0); // close with RST, as a dying peer does
            client.Close();
        }
        catch (Exception)
        {
        }
    }
}

public enum FaultMode
{
    Pass,
    /// <summary>New connections are refused and open ones cut: the store is stopped.</summary>
    Refuse,
    /// <summary>Every open connection is cut once; new ones pass: the store was killed and came back.</summary>
    Reset,
    /// <summary>Traffic is held (up to 30 s) until the mode changes: the store is paused.</summary>
    Hold,
    /// <summary>Requests reach the store, answers are dropped and the connection cut.</summary>
    DropResponses,
}
