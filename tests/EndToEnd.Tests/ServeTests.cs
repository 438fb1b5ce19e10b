using System.Net;
using IntegritySite.Site.Serve;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>`serve` as staff use it: clean URLs like a static host, a rebuild on every save, and live reload only while serving.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-serve-").FullName;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private SiteHost? _host;

    private string Input => Path.Combine(_root, "input");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Input, "pages"));
        File.WriteAllText(Path.Combine(Input, "site.yml"), "name: { th: เทศบาลทดสอบ, en: Test }\nbase_url: https://test.example/\n");
        File.WriteAllText(Path.Combine(Input, "pages", "about.th.md"), "---\ntitle: เกี่ยวกับเรา\n---\nฉบับแรก\n");
        _host = await SiteHost.StartAsync(new SiteHostOptions
        {
            InputDirectory = Input,
            OutputDirectory = Path.Combine(_root, "output"),
            Port = 0,
            Watch = true,
            RepoRoot = SiteFixture.RepoRoot,
        }, TextWriter.Null);
        _http.BaseAddress = new Uri(_host!.Url);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_styles_are_compressed_but_api_answers_are_not(string encoding)
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = _http.BaseAddress };
        foreach (var path in new[] { "/about/", "/assets/site.css" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/complaints/status");
        api.Headers.AcceptEncoding.ParseAdd(encoding);
        Assert.Empty((await client.SendAsync(api)).Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Serves_the_staff_editor_with_its_own_policy_and_public_pages_with_the_strict_one_as_the_static_host_will()
    {
        var admin = await _http.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(Site.Outputs.SiteHeaders.AdminContentSecurityPolicy, admin.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("noindex, nofollow", admin.Headers.GetValues("X-Robots-Tag").Single());
        var config = await _http.GetAsync("/admin/config.yml");
        Assert.Equal("text/yaml", config.Content.Headers.ContentType!.MediaType);
        Assert.Contains("publish_mode: editorial_workflow", await config.Content.ReadAsStringAsync());
        var bundle = await _http.GetAsync("/admin/decap-cms.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        var page = await _http.GetAsync("/about/");
        Assert.Equal(Site.Outputs.SiteHeaders.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(page.Headers.Contains("X-Robots-Tag"));
    }

    [Fact]
    public async Task Serves_clean_urls_assets_and_a_real_404()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/about/")).StatusCode);
        var redirect = await _http.GetAsync("/about");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/about/", redirect.Headers.Location!.OriginalString);
        var page = await _http.GetAsync("/about/");
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        var css = await _http.GetAsync("/assets/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        var missing = await _http.GetAsync("/nope/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("ไม่พบหน้าที่ต้องการ", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_saved_change_is_rebuilt_and_the_open_page_is_told_to_reload()
    {
        using var events = await _http.GetStreamAsync(LiveReload.EventsPath);
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        Assert.Contains(LiveReload.ScriptTag, await _http.GetStringAsync("/about/"));

        File.WriteAllText(Path.Combine(Input, "pages", "about.th.md"), "---\ntitle: เกี่ยวกับเรา\n---\nฉบับที่สอง\n");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("data:", StringComparison.Ordinal));
        Assert.Equal("data: reload", line);
        Assert.Contains("ฉบับที่สอง", await _http.GetStringAsync("/about/"));
    }

    [Fact]
    public async Task A_broken_save_keeps_serving_the_last_good_site()
    {
        File.WriteAllText(Path.Combine(Input, "pages", "about.th.md"), "---\ntitle: [broken\n---\n");
        await Task.Delay(1500);
        Assert.Contains("ฉบับแรก", await _http.GetStringAsync("/about/"));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Directory.Delete(_root, recursive: true);
    }
}
