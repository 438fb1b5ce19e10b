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
        var address = app.Urls.First();
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        Store = ComplaintStores.Create(options);
        Attachments = Storage.Attachments.AttachmentStores.Create(options);
    }

    /// <summary>The host's attachment store (a second client of the same folder or container), null when it takes no files.</summary>
    public Storage.Attachments.IAttachmentStore? Attachments { get; }

    public HttpClient Client { get; }

    public LocalIntakeSettings Settings { get; }

    public IServiceProvider Services => _app.Services;

    public IntakeOptions Options { get; }

    public CapturingLoggerProvider Logs { get; }

    public IComplaintStore Store { get; }

    public byte[] OfficerPrivateKey => LocalOfficerSetup.ReadKey(Settings.OfficerPrivateKeyPath);

    public byte[] OfficerSigningKey => LocalOfficerSetup.ReadKey(Settings.OfficerSigningKeyPath);

    public byte[] OfficerPublicKey => Convert.FromBase64String(Settings.OfficerPublicKeys[0]);

    /// <summary>A host whose dates come from <paramref name="clock"/>.</summary>
    public static Task<IntakeTestHost> StartAsync(AzuriteServer azurite, TimeProvider clock) =>
        StartAsync(azurite, services: s => s.AddSingleton(clock));

    /// <summary>A host on Azure Table storage (Azurite), in a table of its own.</summary>
    public static Task<IntakeTestHost> StartAsync(AzuriteServer azurite, Action<IntakeOptions>? configure = null, Action<IServiceCollection>? services = null) =>
        StartAsync(settings =>
        {
            var options = settings.ToTableOptions(azurite.ConnectionString);
            options.TableName = "t" + Guid.NewGuid().ToString("N")[..24];
            return options;
        }, configure, services);

    /// <summary>A host on Azure Table storage with its attachments in Azurite's Blob service, in a table and container of its own.</summary>
    public static Task<IntakeTestHost> StartWithBlobsAsync(AzuriteFixture azurite, Action<IntakeOptions>? configure = null, Action<IServiceCollection>? services = null) =>
        StartAsync(settings =>
        {
            var options = settings.ToTableOptions(azurite.Server.ConnectionString, azurite.Blobs.ConnectionString);
            options.TableName = "t" + Guid.NewGuid().ToString("N")[..24];
            options.AttachmentContainer = "c" + Guid.NewGuid().ToString("N")[..24];
            return options;
        }, configure, services);

    /// <summary>A host on the embedded SQLite store, in a file of its own (in the host's state folder unless given).</summary>
    public static Task<IntakeTestHost> StartSqliteAsync(string? databasePath = null, Action<IntakeOptions>? configure = null, Action<IServiceCollection>? services = null) =>
        StartAsync(settings => settings.ToSqliteOptions(databasePath), configure, services);

    /// <summary>
    /// A host on the SQLite store in <paramref name="stateDirectory"/>, which outlives it (the caller deletes it): a
    /// restart with other settings over the same keys and reports.
    /// </summary>
    public static Task<IntakeTestHost> StartSqliteInAsync(string stateDirectory, Action<IntakeOptions>? configure = null) =>
        StartAsync(settings => settings.ToSqliteOptions(), configure, services: null, stateDirectory);

    public static async Task<IntakeTestHost> StartAsync(Func<LocalIntakeSettings, IntakeOptions> store, Action<IntakeOptions>? configure, Action<IServiceCollection>? services,
        string? keptStateDirectory = null)
    {
        var stateDirectory = keptStateDirectory ?? Directory.CreateTempSubdirectory("intake-state-").FullName;
        var settings = LocalOfficerSetup.Ensure(stateDirectory);
        var options = store(settings);
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
        return new IntakeTestHost(app, stateDirectory, settings, options, logs) { _keepState = keptStateDirectory is not null };
    }

    /// <summary>Every entity in this host's table, exactly as Azure Table storage holds it (empty when the table was never created).</summary>
    public async Task<List<TableEntity>> DumpTableAsync()
    {
        var table = new TableClient(Options.TableConnectionString, Options.TableName);
        var all = new List<TableEntity>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>())
            {
                all.Add(entity);
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
        }
        return all;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_keepState)
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }

    private bool _keepState;
}
