using System.Net;
using IntegritySite.LocalHost;
using IntegritySite.Site.Cli;
using IntegritySite.Site.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Site.Serve;

/// <summary>
/// The product on one origin: the built site, the complaint intake API (the same handlers as the function app) on a
/// local Azurite store, and live reload. Used by `serve` and by the end-to-end tests.
/// </summary>
public sealed class SiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AzuriteServer _azurite;
    private readonly InputWatcher? _watcher;

    private SiteHost(WebApplication app, AzuriteServer azurite, InputWatcher? watcher, LocalIntakeSettings settings, string url)
    {
        _app = app;
        _azurite = azurite;
        _watcher = watcher;
        Settings = settings;
        Url = url;
    }

    public string Url { get; }

    public LocalIntakeSettings Settings { get; }

    public string TableConnectionString => _azurite.ConnectionString;

    public AzuriteServer Store => _azurite;

    /// <summary>Returns null when the first build fails and there is no earlier site to serve.</summary>
    public static async Task<SiteHost?> StartAsync(SiteHostOptions options, TextWriter log, CancellationToken ct = default)
    {
        var runner = new BuildRunner(log, log, search: options.Search ? new SearchIndexer(options.RepoRoot) : null);
        var built = await runner.BuildAndPublishAsync(options.InputDirectory, options.OutputDirectory) == 0;
        if (!built && !Directory.Exists(options.OutputDirectory))
        {
            return null;
        }

        var state = options.StateDirectory ?? Path.Combine(Path.GetTempPath(), $"integritysite-{Guid.NewGuid():N}");
        var azurite = await AzuriteServer.StartAsync(options.RepoRoot, options.StateDirectory is null ? null : Path.Combine(state, "azurite"), ct);
        var settings = LocalOfficerSetup.Ensure(Path.Combine(state, "officer"));

        var builder = WebApplication.CreateSlimBuilder();
        // Reporter protection: no request or connection logging anywhere in this host, only warnings from the app.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Error);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddComplaintIntake(settings, azurite.ConnectionString);

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
        return new SiteHost(app, azurite, watcher, settings, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
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
        await _azurite.DisposeAsync();
    }
}
