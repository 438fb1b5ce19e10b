using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>A real SMTP server on loopback (the SmtpServer library) that keeps every mail it accepts, as sent.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store = new();

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every mail received so far: its raw bytes (headers, body as encoded on the wire) and parsed.</summary>
    public IReadOnlyList<(byte[] Raw, MimeMessage Message)> Received => [.. _store.Mails];

    public static TestSmtpServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new TestSmtpServer(port);
    }

    /// <summary>Waits (at most 20 s) until at least <paramref name="count"/> mails have arrived.</summary>
    public async Task<IReadOnlyList<(byte[] Raw, MimeMessage Message)>> WaitForAsync(int count)
    {
        for (var waited = 0; waited < 400 && _store.Mails.Count < count; waited++)
        {
            await Task.Delay(50);
        }
        return Received;
    }

    /// <summary>Waits (at most 20 s) for a mail that matches; fails the test when none comes.</summary>
    public async Task<(byte[] Raw, MimeMessage Message)> WaitForAsync(Func<MimeMessage, bool> match)
    {
        for (var waited = 0; waited < 400; waited++)
        {
            if (_store.Mails.FirstOrDefault(m => match(m.Item2)) is { Item1: not null } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException("no such mail arrived; received: " + string.Join(" | ", _store.Mails.Select(m => m.Item2.Subject)));
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<(byte[], MimeMessage)> Mails { get; } = new();

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var raw = buffer.ToArray();
            Mails.Enqueue((raw, MimeMessage.Load(new MemoryStream(raw))));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
