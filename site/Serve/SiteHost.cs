using System.Net;
using IntegritySite.Site.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Site.Serve;

/// <summary>
/// `serve`: the built site the way a static host serves it, rebuilt and reloaded on every save, with the modules it is
/// given (the complaint intake, in the product) on the same origin. Used by `serve` and by the end-to-end tests.
/// </summary>
public sealed class SiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly InputWatcher? _watcher;
    private readonly IReadOnlyList<ISiteModule> _modules;

    private SiteHost(WebApplication app, InputWatcher? watcher, IReadOnlyList<ISiteModule> modules, string url)
    {
        _app = app;
        _watcher = watcher;
        _modules = modules;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Returns null (and disposes the modules) when the first build fails and there is no earlier site to serve.</summary>
    public static async Task<SiteHost?> StartAsync(SiteHostOptions options, TextWriter log, CancellationToken ct = default)
    {
        var runner = new BuildRunner(log, log, search: options.Search ? new SearchIndexer(options.RepoRoot) : null, editor: new EditorBundle(options.RepoRoot));
        var site = new LiveSite(runner, options.InputDirectory, options.OutputDirectory);
        var built = await site.PublishAllAsync() == 0;
        if (!built && !Directory.Exists(options.OutputDirectory))
        {
            foreach (var module in options.Modules)
            {
                await module.DisposeAsync();
            }
            return null;
        }

        var builder = WebApplication.CreateSlimBuilder();
        // Reporter protection: no request or connection logging anywhere in this host, only warnings from the app.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Error);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        foreach (var module in options.Modules)
        {
            module.AddServices(builder.Services);
        }
        builder.Services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "text/csv"]);
        });

        var app = builder.Build();
        // The site's files only: answers under /api/ can hold a receipt next to text the sender chose, and compressing
        // those would open them to length-based guessing (BREACH).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), site => site.UseResponseCompression());
        var liveReload = new LiveReload();
        var files = new StaticSiteFiles(options.OutputDirectory, injectLiveReload: options.Watch);
        foreach (var module in options.Modules)
        {
            module.MapEndpoints(app);
        }
        if (options.Watch)
        {
            app.MapGet(LiveReload.ScriptPath, LiveReload.WriteScriptAsync);
            app.MapGet(LiveReload.EventsPath, liveReload.StreamAsync);
        }
        // The default fallback pattern skips paths with a dot (site.css, feed.xml); a static site is mostly those.
        app.MapFallback("{**path}", files.ServeAsync);
        await app.StartAsync(ct);

        var address = app.Urls.First();
        InputWatcher? watcher = null;
        if (options.Watch)
        {
            var rebuilds = new Rebuilds(() => Rebuild(site, watcher!.TakeChanges(), liveReload, log));
            watcher = new InputWatcher(options.InputDirectory, rebuilds.Request);
        }
        return new SiteHost(app, watcher, options.Modules, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    private static void Rebuild(LiveSite site, InputChanges changes, LiveReload liveReload, TextWriter log)
    {
        if (changes.Paths.Count == 0 && !changes.Everything)
        {
            return;
        }
        try
        {
            if (site.UpdateAsync(changes).GetAwaiter().GetResult() == 0)
            {
                liveReload.NotifyReload();
            }
        }
        catch (IOException ex)
        {
            // A file deleted or locked mid-save: keep serving the last good site; the next save rebuilds.
            log.WriteLine($"rebuild failed: {ex.Message}");
        }
        finally
        {
            LiveSite.CollectWhileIdle();
        }
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var module in _modules)
        {
            await module.DisposeAsync();
        }
    }
}
