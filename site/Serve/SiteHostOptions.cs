using IntegritySite.Site.Publishing;
namespace IntegritySite.Site.Serve;

public sealed record SiteHostOptions
{
    public required string InputDirectory { get; init; }
    public required string OutputDirectory { get; init; }

    /// <summary>Served beside the site on the same origin (the complaint intake, in the product); disposed with the host.</summary>
    public IReadOnlyList<ISiteModule> Modules { get; init; } = [];

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = 5080;

    public bool Watch { get; init; } = true;

    /// <summary>Index every published build with pagefind (needs node_modules/, see scripts/setup.sh).</summary>
    public bool Search { get; init; } = true;

    public string RepoRoot { get; init; } = RepoRootFinder.Find();
}
