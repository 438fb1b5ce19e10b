using System.Reflection;
using System.Text.RegularExpressions;

namespace IntegritySite.Infrastructure.Tests;

/// <summary>
/// The bicep binary shipped in the Azure.Bicep.CommandLine.linux-x64 NuGet package (tools/bicep), located through the
/// package folder NuGet restored it to (the project's GeneratePathProperty, recorded as assembly metadata).
/// </summary>
internal static partial class BicepCli
{
    public static string Executable { get; } = Locate();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<BicepReport>>> Reports = new();

    /// <summary>
    /// `bicep build` then `bicep lint` of one file; every warning and error either printed, with the exit codes. Each
    /// file is compiled once per test run (a run of bicep takes seconds), so do not change a file after checking it.
    /// </summary>
    public static Task<BicepReport> BuildAndLintAsync(string bicepFile) =>
        Reports.GetOrAdd(Path.GetFullPath(bicepFile), path => new Lazy<Task<BicepReport>>(() => RunAsync(path))).Value;

    private static async Task<BicepReport> RunAsync(string bicepFile)
    {
        var folder = Path.GetDirectoryName(bicepFile)!;
        // A parameters file (.bicepparam) is compiled with the template it names in its `using` line.
        var command = bicepFile.EndsWith(".bicepparam", StringComparison.Ordinal) ? "build-params" : "build";
        var build = await ToolRun.RunAsync(Executable, folder, command, bicepFile, "--stdout");
        var lint = await ToolRun.RunAsync(Executable, folder, "lint", bicepFile);
        var diagnostics = Diagnostic().Matches(build.Output + "\n" + lint.Output).Select(m => m.Value.Trim()).Distinct().ToList();
        return new BicepReport(build, lint, diagnostics);
    }

    private static string Locate()
    {
        var folder = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPackageFolder").Value;
        if (string.IsNullOrEmpty(folder))
        {
            throw new InvalidOperationException("The Azure.Bicep.CommandLine.linux-x64 package folder is unknown: restore the test project");
        }
        var binary = Path.Combine(folder, "tools", "bicep");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException("bicep is not in the restored package", binary);
        }
        // NuGet does not keep file modes on every platform; the binary must be executable for its owner.
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the linux-x64 bicep package runs on Linux");
        }
        var mode = File.GetUnixFileMode(binary);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(binary, mode | UnixFileMode.UserExecute);
        }
        return binary;
    }

    // "path(line,col) : Warning rule-name: message" and "... : Error BCP123: message".
    [GeneratedRegex(@"^.*\(\d+,\d+\) : (Warning|Error|Info) .*$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}

internal sealed record BicepReport(ToolRun Build, ToolRun Lint, IReadOnlyList<string> Diagnostics)
{
    public bool Clean => Build.ExitCode == 0 && Lint.ExitCode == 0 && Diagnostics.Count == 0;

    public override string ToString() => $"build: {Build}\nlint: {Lint}";
}
