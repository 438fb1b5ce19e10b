namespace IntegritySite.Infrastructure.Tests;

/// <summary>The template check fails on a broken copy of the templates: a warning alone, and an error.</summary>
public sealed class BrokenTemplateTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "integritysite-infra-" + Guid.NewGuid().ToString("N"));

    public BrokenTemplateTests()
    {
        var source = RepositoryRoot.Combine("functions", "infra");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task A_lint_warning_alone_fails_the_check_although_bicep_exits_zero()
    {
        var main = Path.Combine(_copy, "main.bicep");
        File.AppendAllText(main, "\nparam forgottenParameter string = 'x'\n");

        var report = await BicepCli.BuildAndLintAsync(main);

        Assert.Equal(0, report.Build.ExitCode);
        Assert.False(report.Clean);
        Assert.Contains(report.Diagnostics, d => d.Contains("main.bicep(", StringComparison.Ordinal) && d.Contains("Warning no-unused-params", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_module_fails_the_build_of_main_with_its_error()
    {
        var module = Path.Combine(_copy, "modules", "storage.bicep");
        File.WriteAllText(module, File.ReadAllText(module).Replace("kind: 'StorageV2'", "kind: 'StorageV2'\n  sku: ", StringComparison.Ordinal));

        var report = await BicepCli.BuildAndLintAsync(Path.Combine(_copy, "main.bicep"));

        Assert.NotEqual(0, report.Build.ExitCode);
        Assert.False(report.Clean);
        Assert.Contains(report.Diagnostics, d => d.Contains("storage.bicep(", StringComparison.Ordinal) && d.Contains(": Error BCP", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);
}
