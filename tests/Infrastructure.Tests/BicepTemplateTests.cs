using System.Text.Json.Nodes;
using IntegritySite.Intake;

namespace IntegritySite.Infrastructure.Tests;

/// <summary>Every template under functions/infra compiles and lints with no error and no warning.</summary>
public sealed class BicepTemplateTests
{
    private static readonly string InfraFolder = RepositoryRoot.Combine("functions", "infra");

    public static TheoryData<string> Templates() => new(TemplateNames());

    /// <summary>Every template and parameters file (*.bicep, *.bicepparam) under functions/infra.</summary>
    private static IEnumerable<string> TemplateNames() =>
        Directory.EnumerateFiles(InfraFolder, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".bicep", StringComparison.Ordinal) || file.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(file => Path.GetRelativePath(InfraFolder, file));

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_builds_and_lints_without_errors_or_warnings(string template)
    {
        var report = await BicepCli.BuildAndLintAsync(Path.Combine(InfraFolder, template));

        Assert.True(report.Clean, report.ToString());
    }

    [Fact]
    public void Every_template_is_found()
    {
        var names = TemplateNames().ToList();

        Assert.Contains("main.bicep", names);
        Assert.Contains("main.bicepparam", names);
        Assert.Contains(Path.Combine("modules", "functionapp.bicep"), names);
        Assert.Contains(Path.Combine("modules", "staticwebapp.bicep"), names);
    }

    [Fact]
    public async Task The_function_app_gets_every_intake_secret_from_key_vault_under_a_setting_intake_reads()
    {
        var settings = await AppSettingsAsync();

        var intakeOptions = typeof(IntakeOptions).GetProperties().Select(p => p.Name).ToHashSet();
        foreach (var name in settings.Keys.Where(k => k.StartsWith("Intake__", StringComparison.Ordinal)))
        {
            Assert.Contains(name["Intake__".Length..], intakeOptions);
        }
        foreach (var secret in new[] { "TableConnectionString", "BlobConnectionString", "OfficerPublicKeys", "OfficerVerifyKeys", "OfficerApiKeyHash", "ReceiptHashSecret" })
        {
            var value = settings["Intake__" + secret];
            Assert.StartsWith("[__bicep.vaultReference(parameters('keyVaultName'), ", value);
        }
    }

    [Fact]
    public async Task The_static_web_app_links_the_function_app_as_its_backend()
    {
        var module = await CompiledModuleAsync("staticwebapp");

        var resources = module["resources"]!.AsObject();
        var backend = resources.Select(r => r.Value!).Single(r => (string?)r["type"] == "Microsoft.Web/staticSites/linkedBackends");
        Assert.Equal("[parameters('functionAppId')]", (string?)backend["properties"]!["backendResourceId"]);
        var site = resources.Select(r => r.Value!).Single(r => (string?)r["type"] == "Microsoft.Web/staticSites");
        Assert.Equal("Standard", (string?)site["sku"]!["name"]);
    }

    [Fact]
    public async Task The_function_app_is_dotnet_10_isolated_on_linux_with_its_own_identity()
    {
        var module = await CompiledModuleAsync("functionapp");

        var app = module["resources"]!.AsObject().Select(r => r.Value!).Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", (string?)app["kind"]);
        Assert.Equal("SystemAssigned", (string?)app["identity"]!["type"]);
        var runtime = app["properties"]!["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("10.0", (string?)runtime["version"]);
    }

    [Fact]
    public async Task Application_insights_keeps_client_addresses_masked()
    {
        var module = await CompiledModuleAsync("monitoring");

        var insights = module["resources"]!.AsObject().Select(r => r.Value!).Single(r => (string?)r["type"] == "Microsoft.Insights/components");
        Assert.False((bool)insights["properties"]!["DisableIpMasking"]!);
    }

    /// <summary>main.bicep compiled to ARM JSON (language version 2.0: resources keyed by symbolic name).</summary>
    private static async Task<JsonObject> CompiledMainAsync()
    {
        var report = await BicepCli.BuildAndLintAsync(Path.Combine(InfraFolder, "main.bicep"));
        Assert.True(report.Clean, report.ToString());
        return JsonNode.Parse(report.Build.Stdout)!.AsObject();
    }

    private static async Task<JsonObject> CompiledModuleAsync(string symbolicName)
    {
        var main = await CompiledMainAsync();
        var resources = main["resources"]!;
        var module = resources is JsonObject byName ? byName[symbolicName]! : resources.AsArray().Single(r => (string?)r!["name"] == symbolicName)!;
        var template = module["properties"]!["template"]!.AsObject();
        if (template["resources"] is JsonArray array)
        {
            // Older language version: give the array the same shape as the symbolic one.
            var keyed = new JsonObject();
            var i = 0;
            foreach (var r in array)
            {
                keyed[$"r{i++}"] = r!.DeepClone();
            }
            template["resources"] = keyed;
        }
        return template;
    }

    private static async Task<Dictionary<string, string>> AppSettingsAsync()
    {
        var module = await CompiledModuleAsync("functionapp");
        var settings = module["resources"]!.AsObject().Select(r => r.Value!)
            .Single(r => (string?)r["type"] == "Microsoft.Web/sites/config" && ((string?)r["name"])!.Contains("appsettings"));
        Assert.Equal("[union(variables('intakeSettings'), variables('notifySettings'))]", settings["properties"]!.ToString());
        var variables = module["variables"]!;
        var result = variables["intakeSettings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.ToString());
        // notifySettings is an expression: if(empty(host), createObject(), createObject('Intake__NotifySmtpHost', value, ...));
        // its setting names are taken from it (their values are expressions).
        var notify = variables["notifySettings"]!.ToString();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(notify, @"'(Intake__\w+)'"))
        {
            result[m.Groups[1].Value] = notify;
        }
        Assert.Contains("Intake__NotifySmtpPassword", result.Keys);
        var vaultReference = module["functions"]!.ToJsonString();
        Assert.Contains("@Microsoft.KeyVault(VaultName={0};SecretName={1})", vaultReference);
        return result;
    }
}
