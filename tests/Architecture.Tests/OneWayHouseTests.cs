using Mono.Cecil;

namespace IntegritySite.Architecture.Tests;

/// <summary>
/// The house is one-way: the generator knows nothing of the intake, the core knows nothing of anyone, and no two folders
/// of a project import each other. Read from the compiled assemblies, so a new import anywhere is caught.
/// </summary>
public sealed class OneWayHouseTests
{
    public static TheoryData<string> Assemblies =>
    [
        "functions/Core/bin/{0}/net10.0/IntegritySite.Core.dll",
        "functions/Layout/bin/{0}/net10.0/IntegritySite.Layout.dll",
        "site/bin/{0}/net10.0/integritysite.dll",
        "functions/Intake/bin/{0}/net10.0/IntegritySite.Intake.dll",
        "functions/LocalHost/bin/{0}/net10.0/IntegritySite.LocalHost.dll",
        "functions/LocalSite/bin/{0}/net10.0/integritysite-local.dll",
        "functions/Officer/bin/{0}/net10.0/officer.dll",
        "functions/FunctionApp/bin/{0}/net10.0/IntegritySite.FunctionApp.dll",
    ];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_two_folders_of_a_project_import_each_other(string assembly)
    {
        var graph = TypeDependencies.FolderGraph(Built(assembly), out var examples);

        var cycles = TypeDependencies.Cycles(graph);

        // Each cycle with the imports that close it, one example type each: where to cut.
        var explained = cycles.Select(c => string.Join(" <-> ", c) + "\n" + string.Join("\n", examples
            .Where(e => c.Any(m => e.Key.StartsWith(m + " -> ", StringComparison.Ordinal)) && c.Any(m => e.Key.EndsWith(" -> " + m, StringComparison.Ordinal)))
            .Select(e => $"    {e.Key}: {e.Value}")));
        Assert.True(cycles.Count == 0, "import cycles between folders:\n" + string.Join("\n", explained));
    }

    [Fact]
    public void The_generator_references_no_intake_azure_or_crypto_assembly()
    {
        var references = ReferencesOf("site/bin/{0}/net10.0/integritysite.dll");

        Assert.Contains("IntegritySite.Core", references);
        Assert.DoesNotContain(references, r => r.StartsWith("IntegritySite.Intake", StringComparison.Ordinal)
            || r.StartsWith("IntegritySite.LocalHost", StringComparison.Ordinal) || r.StartsWith("Azure.", StringComparison.Ordinal)
            || r.StartsWith("NSec", StringComparison.Ordinal) || r.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
        var deps = File.ReadAllText(Built("site/bin/{0}/net10.0/integritysite.deps.json"));
        Assert.DoesNotContain("Azure.Data.Tables", deps);
        Assert.DoesNotContain("NSec.Cryptography", deps);
    }

    [Fact]
    public void The_core_depends_on_nothing_but_the_framework()
    {
        var references = ReferencesOf("functions/Core/bin/{0}/net10.0/IntegritySite.Core.dll");

        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal) || r is "netstandard" or "mscorlib", r));
    }

    [Fact]
    public void The_page_frame_library_depends_on_the_core_and_the_framework_only()
    {
        var references = ReferencesOf("functions/Layout/bin/{0}/net10.0/IntegritySite.Layout.dll");

        Assert.Contains("IntegritySite.Core", references);
        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
            || r.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || r is "IntegritySite.Core" or "netstandard" or "mscorlib", r));
    }

    [Fact]
    public void A_cycle_is_found_when_two_folders_import_each_other()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["IntegritySite.Site.Content"] = ["IntegritySite.Site.Ita", "IntegritySite.Site.Model"],
            ["IntegritySite.Site.Ita"] = ["IntegritySite.Site.Model", "IntegritySite.Site.Content"],
            ["IntegritySite.Site.Model"] = [],
            ["IntegritySite.Site.Rendering"] = ["IntegritySite.Site.Model"],
        };

        var cycle = Assert.Single(TypeDependencies.Cycles(graph));

        Assert.Equal(["IntegritySite.Site.Content", "IntegritySite.Site.Ita"], cycle);
    }

    internal static List<string> ReferencesOf(string assembly)
    {
        using var definition = AssemblyDefinition.ReadAssembly(Built(assembly));
        return definition.MainModule.AssemblyReferences.Select(r => r.Name).ToList();
    }

    /// <summary>The file in this build's configuration (Debug or Release, as this test assembly was built).</summary>
    internal static string Built(string pattern)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "IntegritySite.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("IntegritySite.sln not found above the test assembly.");
        }
        var path = Path.Combine(root.FullName, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, configuration));
        Assert.True(File.Exists(path), $"{path} is not built");
        return path;
    }
}
