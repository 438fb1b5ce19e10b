using IntegritySite.Site.Publishing;

namespace IntegritySite.Site.Tests;

/// <summary>Publishing copies the CMS bundle from node_modules into admin/, and publishes without it, with a warning.</summary>
public sealed class EditorBundleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-editor-bundle-").FullName;

    private string Input => Path.Combine(_root, "input");
    private string Output => Path.Combine(_root, "output");

    public EditorBundleTests()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "site.yml"), TestSite.SiteYml);
    }

    [Fact]
    public async Task The_bundle_its_chunks_and_webassembly_are_copied_beside_the_admin_page_without_source_maps()
    {
        var checkout = Path.Combine(_root, "checkout");
        var dist = Directory.CreateDirectory(Path.Combine(checkout, "node_modules", "decap-cms", "dist")).FullName;
        foreach (var name in new[] { "decap-cms.js", "103.decap-cms.js", "ab12.wasm", "decap-cms.js.map", "cms.js", "103.cms.js" })
        {
            File.WriteAllText(Path.Combine(dist, name), name);
        }
        var errors = new StringWriter();

        Assert.Equal(0, await new BuildRunner(TextWriter.Null, errors, editor: new EditorBundle(checkout)).BuildAndPublishAsync(Input, Output));

        Assert.Equal(["103.decap-cms.js", "ab12.wasm", "config.yml", "decap-cms.js", "index.html"],
            Directory.EnumerateFiles(Path.Combine(Output, "admin")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("decap-cms.js", File.ReadAllText(Path.Combine(Output, "admin", "decap-cms.js")));
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public async Task Without_node_modules_the_site_is_published_and_a_warning_says_the_editor_will_not_start()
    {
        var errors = new StringWriter();

        Assert.Equal(0, await new BuildRunner(TextWriter.Null, errors, editor: new EditorBundle(Path.Combine(_root, "no-checkout"))).BuildAndPublishAsync(Input, Output));

        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "admin", "config.yml")));
        Assert.False(File.Exists(Path.Combine(Output, "admin", "decap-cms.js")));
        Assert.Contains("warning: the staff editor (/admin/) will not start", errors.ToString());
        Assert.Contains("run scripts/setup.sh", errors.ToString());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
