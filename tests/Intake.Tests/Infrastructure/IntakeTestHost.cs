using System.Net;
using Azure.Data.Tables;
using IntegritySite.Intake.Storage;
using IntegritySite.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>The local intake host on a loopback Kestrel port, with its own table and officer keys, logging captured at Trace.</summary>
public sealed class IntakeTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _stateDirectory;

    private IntakeTestHost(WebApplication app, string stateDirectory, LocalIntakeSettings settings, IntakeOptions options, CapturingLoggerProvider logs)
    {
        _app = app;
        _stateDirectory = stateDirectory;
        Settings = settings;
        Options = options;
        Logs = logs;
        var address = ListeningAddress.Of(app);
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        Store = new ComplaintStore(options);
    }

    public HttpClient Client { get; }

    public LocalIntakeSettings Settings { get; }

    public IntakeOptions Options { get; }

    public CapturingLoggerProvider Logs { get; }

    public ComplaintStore Store { get; }

    public byte[] OfficerPrivateKey => LocalOfficerSetup.ReadPrivateKey(_stateDirectory);

    public byte[] OfficerPublicKey => Convert.FromBase64String(Settings.OfficerPublicKey);

    /// <summary>A host whose dates come from <paramref name="clock"/>.</summary>
    public static Task<IntakeTestHost> StartAsync(AzuriteServer azurite, TimeProvider clock) =>
        StartAsync(azurite, services: s => s.AddSingleton(clock));

    public static async Task<IntakeTestHost> StartAsync(AzuriteServer azurite, Action<IntakeOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var stateDirectory = Directory.CreateTempSubdirectory("intake-state-").FullName;
        var settings = LocalOfficerSetup.Ensure(stateDirectory);
        var options = settings.ToOptions(azurite.ConnectionString);
        options.TableName = "t" + Guid.NewGuid().ToString("N")[..24];
        options.SubmissionsPerWindow = 1000;
        options.StatusChecksPerWindow = 1000;
        configure?.Invoke(options);

        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddFilter(_ => true);
        builder.Logging.AddProvider(logs);
        builder.Services.AddComplaintIntake(options);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapIntakeApi();
        await app.StartAsync();
        return new IntakeTestHost(app, stateDirectory, settings, options, logs);
    }

    /// <summary>Every entity in this host's table (empty when the table was never created).</summary>
    public async Task<List<TableEntity>> DumpTableAsync()
    {
        try
        {
            return await Store.DumpAsync(CancellationToken.None);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_stateDirectory, recursive: true);
    }
}
