using IntegritySite.Site.Publishing;
using IntegritySite.LocalSite;
using IntegritySite.Site.Serve;
using Microsoft.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// The product as a citizen meets it: the real input/ (plus Overlay/, below) built and served with the complaint intake on a temporary
/// SQLite store, and Debian's Chromium driven by Playwright (no browser download: ExecutablePath is the system one).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public static readonly string RepoRoot = RepoRootFinder.Find(AppContext.BaseDirectory);

    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-e2e-").FullName;
    private SiteHost? _host;
    private IPlaywright? _playwright;

    public string BaseUrl => _host?.Url ?? throw new InvalidOperationException("site not started");

    public string OutputDirectory => Path.Combine(_root, "output");

    public SiteHost Host => _host ?? throw new InvalidOperationException("site not started");

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var log = new StringWriter();
        _host = await SiteHost.StartAsync(new SiteHostOptions
        {
            InputDirectory = InputWithOverlay(),
            OutputDirectory = OutputDirectory,
            Port = 0,
            Watch = false,
            RepoRoot = RepoRoot,
            Modules = [await IntakeModule.StartAsync(stateDirectory: null, LocalStore.Sqlite, RepoRoot, log, holidaysFolder: Path.Combine(RepoRoot, "input", "holidays"))],
        }, log) ?? throw new InvalidOperationException("the real input did not build:\n" + log);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// The real input/ and Overlay/: the complaint-statistics page with the file `officer stats` writes for a fiscal
    /// year without complaints. The shipped site has no statistics yet (the online channel has not been used), so the
    /// page is added here to put its tables through the same browser, axe and HTML checks as every other page.
    /// </summary>
    private string InputWithOverlay()
    {
        var input = Path.Combine(_root, "input");
        foreach (var folder in new[] { Path.Combine(RepoRoot, "input"), Path.Combine(AppContext.BaseDirectory, "Overlay") })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(input, Path.GetRelativePath(folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
        return input;
    }

    /// <summary>A fresh browser context: a phone-sized window, JavaScript off unless asked for.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = false, int width = 360, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "th-TH",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Directory.Delete(_root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
