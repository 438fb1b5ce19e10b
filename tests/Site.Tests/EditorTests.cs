using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Outputs.Editor;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Pipeline.Kinds;
using YamlDotNet.RepresentationModel;

namespace IntegritySite.Site.Tests;

/// <summary>
/// The staff editor (/admin/, Decap CMS): its page and headers apart from the public site's, and its config.yml,
/// generated from the content model, offering only values `check` accepts.
/// </summary>
public sealed class EditorTests
{
    private static readonly Lazy<Task<BuildResult>> Plain = new(() => TestSite.BuildOkAsync(("measures/01-a.th.md", TestSite.Measure(1))));

    [Fact]
    public async Task The_editor_page_loads_only_the_cms_bundle_from_admin_and_is_linked_indexed_and_mapped_nowhere()
    {
        var result = await Plain.Value;

        var admin = result.Html(AdminPage.FilePath);
        Assert.Equal(["/admin/decap-cms.js"], admin.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Equal("noindex, nofollow", admin.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("all", admin.Body!.GetAttribute("data-pagefind-ignore"));
        Assert.Empty(admin.QuerySelectorAll("[data-pagefind-body]"));
        Assert.All(result.PublicPages(), page =>
            Assert.DoesNotContain(result.Html(page.Path).QuerySelectorAll("a, link"), a => (a.GetAttribute("href") ?? "").Contains("/admin", StringComparison.Ordinal)));
        Assert.DoesNotContain("/admin", result.File("sitemap.xml")!.ReadText(), StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin/\n", result.File("robots.txt")!.ReadText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_admin_path_allows_the_scripts_the_cms_needs_and_public_pages_keep_the_strict_policy()
    {
        var result = await Plain.Value;

        var config = JsonDocument.Parse(result.File(StaticWebAppConfig.FileName)!.ReadText()).RootElement;
        var global = config.GetProperty("globalHeaders").GetProperty("Content-Security-Policy").GetString()!;
        Assert.Equal(SiteHeaders.ContentSecurityPolicy, global);
        Assert.DoesNotContain("'unsafe-eval'", global, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", global, StringComparison.Ordinal);
        var admin = config.GetProperty("routes").EnumerateArray().Single(r => r.GetProperty("route").GetString() == "/admin/*").GetProperty("headers");
        Assert.Equal(SiteHeaders.AdminContentSecurityPolicy, admin.GetProperty("Content-Security-Policy").GetString());
        Assert.Contains("script-src 'self' 'unsafe-eval'", SiteHeaders.AdminContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SiteHeaders.AdminContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", admin.GetProperty("X-Robots-Tag").GetString());
        // No other route widens the policy.
        Assert.Single(config.GetProperty("routes").EnumerateArray(), r => r.GetProperty("headers").TryGetProperty("Content-Security-Policy", out _));
    }

    [Fact]
    public async Task The_config_has_one_collection_per_content_kind_in_thai_and_english_files_with_a_pull_request_per_change()
    {
        var config = Config(await Plain.Value);

        Assert.Equal(ContentKinds.Default.Select(k => k.Folder), Collections(config).Select(c => Scalar(c, "name")));
        Assert.Equal(ContentKinds.Default.Select(k => "input/" + k.Folder), Collections(config).Select(c => Scalar(c, "folder")));
        Assert.Equal("editorial_workflow", Scalar(config, "publish_mode"));
        Assert.Equal("th", Scalar(config, "locale"));
        var i18n = (YamlMappingNode)config["i18n"];
        Assert.Equal("multiple_files", Scalar(i18n, "structure"));
        Assert.Equal(["th", "en"], ((YamlSequenceNode)i18n["locales"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("th", Scalar(i18n, "default_locale"));
        // Without a repository in site.yml the editor works only with decap-server on the staff member's machine.
        Assert.Equal("proxy", Scalar((YamlMappingNode)config["backend"], "name"));
        Assert.False(config.Children.ContainsKey("local_backend"));
    }

    [Fact]
    public async Task The_repository_in_site_yml_is_the_github_backend_and_a_malformed_one_is_an_error()
    {
        var withRepository = await TestSite.BuildOkAsync(("site.yml", TestSite.SiteYml + "\nrepository: pongnamron/integrity-site\n"));
        var backend = (YamlMappingNode)Config(withRepository)["backend"];
        Assert.Equal("github", Scalar(backend, "name"));
        Assert.Equal("pongnamron/integrity-site", Scalar(backend, "repo"));
        Assert.Equal("true", Scalar(Config(withRepository), "local_backend"));

        var wrong = await TestSite.BuildAsync(("site.yml", TestSite.SiteYml + "\nrepository: https://github.com/pongnamron\n"));
        var error = wrong.SingleError();
        Assert.Equal(("site.yml", 4), (error.Path, error.Line));
        Assert.Contains("owner/name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_field_is_what_the_reader_reads_with_the_models_allowed_values()
    {
        var config = Config(await Plain.Value);

        foreach (var kind in ContentKinds.Default)
        {
            var fields = Fields(Collections(config).Single(c => Scalar(c, "name") == kind.Folder));
            Assert.Equal(ReaderSchema.Of(kind.Reader).Select(f => f.Key).Append("body"), fields.Select(f => Scalar(f, "name")));
        }
        var measure = Fields(Collections(config).Single(c => Scalar(c, "name") == "measures")).ToDictionary(f => Scalar(f, "name"));
        Assert.Equal(MeasureStatusNames.ByKey.Keys, Options(measure["status"]));
        Assert.Equal(("select", "true", "duplicate"), (Scalar(measure["status"], "widget"), Scalar(measure["status"], "required"), Scalar(measure["status"], "i18n")));
        Assert.Equal(("number", "int", "1", "999"), (Scalar(measure["number"], "widget"), Scalar(measure["number"], "value_type"), Scalar(measure["number"], "min"), Scalar(measure["number"], "max")));
        Assert.Equal(("false", "true"), (Scalar(measure["monitoring"], "required"), Scalar(measure["title"], "required")));
        Assert.Equal("1", Scalar(measure["steps"], "min"));
        var history = Fields(measure["history"]).ToDictionary(f => Scalar(f, "name"));
        Assert.Equal(["date", "status", "note", "evidence"], history.Keys);
        Assert.Equal(MeasureStatusNames.ByKey.Keys, Options(history["status"]));
        Assert.Equal(("datetime", "YYYY-MM-DD", "false"), (Scalar(history["date"], "widget"), Scalar(history["date"], "format"), Scalar(history["date"], "time_format")));
        Assert.Equal("true", Scalar(measure["history"], "i18n"));

        var announcement = Fields(Collections(config).Single(c => Scalar(c, "name") == "announcements")).ToDictionary(f => Scalar(f, "name"));
        Assert.Equal(AnnouncementKindNames.ByKey.Keys, Options(announcement["kind"]));
        Assert.Equal("false", Scalar(announcement["expires"], "required"));
        var report = Fields(Collections(config).Single(c => Scalar(c, "name") == "reports")).ToDictionary(f => Scalar(f, "name"));
        Assert.Equal(ReportKindNames.ByKey.Keys, Options(report["kind"]));
        Assert.Equal(("boolean", "false"), (Scalar(report["measures_table"], "widget"), Scalar(report["measures_table"], "default")));
        var page = Fields(Collections(config).Single(c => Scalar(c, "name") == "pages")).ToDictionary(f => Scalar(f, "name"));
        // A page's layout is structure (the complaint form, the statistics page): kept as the file says, not offered.
        Assert.Equal(("hidden", "false"), (Scalar(page["layout"], "widget"), Scalar(page["layout"], "required")));
    }

    /// <summary>
    /// For every content kind, documents made only of what the form offers (each allowed value of every choice, the
    /// lowest and highest number, a text matching each pattern), in the Thai and English files Decap writes under the
    /// file name the config gives a new document, build without an error.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Documents_made_of_values_the_form_offers_pass_check(int variant)
    {
        var config = Config(await Plain.Value);

        var files = new List<(string, string)>();
        foreach (var collection in Collections(config))
        {
            var fields = Fields(collection).Where(f => Scalar(f, "name") != "body").ToList();
            var values = fields.ToDictionary(f => Scalar(f, "name"), f => ValueFor(f, variant));
            var slug = NewFileName(collection, values);
            var yaml = string.Join("\n", values.Where(v => v.Value is not null).Select(v => $"{v.Key}: {v.Value}"));
            foreach (var language in new[] { "th", "en" })
            {
                files.Add(($"{Scalar(collection, "name")}/{slug}.{language}.md", $"---\n{yaml}\n---\nเนื้อหา\n"));
            }
        }
        var result = await TestSite.BuildOnAsync(new DateOnly(2021, 4, 1), [.. files]);

        Assert.True(result.Errors().Count == 0, string.Join("\n", result.Errors()) + "\n" + string.Join("\n", files));
    }

    [Fact]
    public async Task A_status_the_form_does_not_offer_fails_check_naming_the_values_it_offers()
    {
        var offered = Options(Fields(Collections(Config(await Plain.Value)).Single(c => Scalar(c, "name") == "measures")).Single(f => Scalar(f, "name") == "status"));

        var error = (await TestSite.BuildAsync(("measures/01-a.th.md", TestSite.Measure(1, status: "finished")))).SingleError();

        Assert.Contains($"must be one of {string.Join(" | ", offered)}, not 'finished'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A YAML value for a field, from the config alone: variant picks which allowed value or limit.</summary>
    private static string? ValueFor(YamlMappingNode field, int variant)
    {
        var name = Scalar(field, "name");
        switch (Scalar(field, "widget"))
        {
            case "hidden":
                return null;
            case "select":
                var options = Options(field);
                return options[variant % options.Count];
            case "number":
                return variant % 2 == 0 ? Scalar(field, "min") : Scalar(field, "max");
            case "boolean":
                return variant % 2 == 0 ? "true" : "false";
            case "datetime":
                return "2021-03-25";
            case "list" when field.Children.ContainsKey("fields"):
                var item = Fields(field).Select(f => (Scalar(f, "name"), ValueFor(f, variant))).Where(v => v.Item2 is not null);
                return "\n  - " + string.Join("\n    ", item.Select(v => $"{v.Item1}: {v.Item2}"));
            case "list":
                var single = (YamlMappingNode)field["field"];
                return $"[{Quote(TextFor(name, single))}]";
            default:
                return Quote(TextFor(name, field));
        }
    }

    /// <summary>Text for a text field: one that matches its pattern when it has one; a link for evidence (links are checked).</summary>
    private static string TextFor(string key, YamlMappingNode field)
    {
        if (field.Children.TryGetValue("pattern", out var pattern))
        {
            var regex = ((YamlScalarNode)((YamlSequenceNode)pattern)[0]).Value!;
            var sample = new[] { "o42", "O42" }.First(s => Regex.IsMatch(s, regex));
            return sample;
        }
        return key == "evidence" ? "/" : "ข้อความ " + key;
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The file name Decap gives a new document (its slug template), or a fixed one where the kind cannot be created.</summary>
    private static string NewFileName(YamlMappingNode collection, IReadOnlyDictionary<string, string?> values)
    {
        if (Scalar(collection, "create") != "true")
        {
            return "editor-test";
        }
        var name = Scalar(collection, "slug")
            .Replace("{{year}}", "2021", StringComparison.Ordinal).Replace("{{month}}", "03", StringComparison.Ordinal)
            .Replace("{{day}}", "25", StringComparison.Ordinal).Replace("{{hour}}", "09", StringComparison.Ordinal)
            .Replace("{{minute}}", "05", StringComparison.Ordinal);
        name = Regex.Replace(name, @"\{\{fields\.(\w+)\}\}", m => values[m.Groups[1].Value]!.Trim('"'));
        Assert.DoesNotContain("{{", name, StringComparison.Ordinal);
        return name;
    }

    private static YamlMappingNode Config(BuildResult result)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(result.File(DecapConfig.FilePath)!.ReadText()));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Collections(YamlMappingNode config) => ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>();

    private static List<YamlMappingNode> Fields(YamlMappingNode node) => ((YamlSequenceNode)node["fields"]).Cast<YamlMappingNode>().ToList();

    private static List<string> Options(YamlMappingNode field) =>
        ((YamlSequenceNode)field["options"]).Cast<YamlMappingNode>().Select(o => Scalar(o, "value")).ToList();

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
