using System.Net;
using IntegritySite.Intake;
using IntegritySite.LocalHost;
using IntegritySite.Site.Cli;
using IntegritySite.Site.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Site.Serve;

/// <summary>
/// The product on one origin: the built site, the complaint intake API (the same handlers as the function app) on a
/// local store (SQLite by default, or a supervised Azurite), and live reload. Used by `serve` and by the end-to-end tests.
/// </summary>
public sealed class SiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AzuriteServer? _azurite;
    private readonly InputWatcher? _watcher;
    private readonly string? _temporaryState;

    private SiteHost(WebApplication app, AzuriteServer? azurite, InputWatcher? watcher, LocalIntakeSettings settings, IntakeOptions intake, string url, string? temporaryState)
    {
        _app = app;
        _azurite = azurite;
        _watcher = watcher;
        _temporaryState = temporaryState;
        Settings = settings;
        Intake = intake;
        Url = url;
    }

    public string Url { get; }

    public LocalIntakeSettings Settings { get; }

    /// <summary>The intake's options, store included (tests read the store directly).</summary>
    public IntakeOptions Intake { get; }

    /// <summary>The Azurite process, when serving with <see cref="LocalStore.Azurite"/>.</summary>
    public AzuriteServer? Azurite => _azurite;

    /// <summary>Returns null when the first build fails and there is no earlier site to serve.</summary>
    public static async Task<SiteHost?> StartAsync(SiteHostOptions options, TextWriter log, CancellationToken ct = default)
    {
        var runner = new BuildRunner(log, log, search: options.Search ? new SearchIndexer(options.RepoRoot) : null);
        var built = await runner.BuildAndPublishAsync(options.InputDirectory, options.OutputDirectory) == 0;
        if (!built && !Directory.Exists(options.OutputDirectory))
        {
            return null;
        }

        var temporary = options.StateDirectory is null ? Directory.CreateTempSubdirectory("integritysite-").FullName : null;
        var state = options.StateDirectory ?? temporary!;
        var settings = LocalOfficerSetup.Ensure(state);
        AzuriteServer? azurite = null;
        IntakeOptions intake;
        if (options.Store == LocalStore.Azurite)
        {
            log.WriteLine("warning: Azurite is an emulator that writes to disk only every few seconds; reports acknowledged just before it dies can be lost. Not for production: use the default SQLite store on one server, Azure Table storage in the cloud.");
            azurite = await AzuriteServer.StartAsync(options.RepoRoot, options.StateDirectory is null ? null : Path.Combine(state, "azurite"), ct);
            intake = settings.ToTableOptions(azurite.ConnectionString);
        }
        else
        {
            intake = settings.ToSqliteOptions();
        }

        var builder = WebApplication.CreateSlimBuilder();
        // As the function app reads app settings: environment variables Intake__SubmissionsPerWindow and so on override.
        builder.Configuration.GetSection(IntakeOptions.SectionName).Bind(intake);
        // Reporter protection: no request or connection logging anywhere in this host, only warnings from the app.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Error);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddComplaintIntake(intake);

        var app = builder.Build();
        var liveReload = new LiveReload();
        var files = new StaticSiteFiles(options.OutputDirectory, injectLiveReload: options.Watch);
        app.MapIntakeApi();
        if (options.Watch)
        {
            app.MapGet(LiveReload.ScriptPath, LiveReload.WriteScriptAsync);
            app.MapGet(LiveReload.EventsPath, liveReload.StreamAsync);
        }
        // The default fallback pattern skips paths with a dot (site.css, feed.xml); a static site is mostly those.
        app.MapFallback("{**path}", files.ServeAsync);
        await app.StartAsync(ct);

        var address = ListeningAddress.Of(app);
        var watcher = options.Watch ? new InputWatcher(options.InputDirectory, Rebuilder(runner, options, liveReload, log)) : null;
        return new SiteHost(app, azurite, watcher, settings, intake, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'), temporary);
    }

    private static Action Rebuilder(BuildRunner runner, SiteHostOptions options, LiveReload liveReload, TextWriter log) =>
        new Rebuilds(() =>
        {
            log.WriteLine("change detected, rebuilding …");
            try
            {
                if (runner.BuildAndPublishAsync(options.InputDirectory, options.OutputDirectory).GetAwaiter().GetResult() == 0)
                {
                    liveReload.NotifyReload();
                }
            }
            catch (IOException ex)
            {
                // A file deleted or locked mid-save: keep serving the last good site; the next save rebuilds.
                log.WriteLine($"rebuild failed: {ex.Message}");
            }
        }).Request;

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
        if (_temporaryState is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_temporaryState, recursive: true);
        }
    }
}
