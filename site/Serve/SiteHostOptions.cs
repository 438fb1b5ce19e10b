namespace IntegritySite.Site.Serve;

public sealed record SiteHostOptions
{
    public required string InputDirectory { get; init; }
    public required string OutputDirectory { get; init; }

    /// <summary>Where local keys and the complaint store live; null uses a fresh temporary folder, deleted at the end (tests).</summary>
    public string? StateDirectory { get; init; }

    /// <summary>The complaint store: SQLite in the state folder (durable, the default) or a supervised Azurite (the cloud path).</summary>
    public LocalStore Store { get; init; } = LocalStore.Sqlite;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = 5080;

    public bool Watch { get; init; } = true;

    /// <summary>Index every published build with pagefind (needs node_modules/, see scripts/setup.sh).</summary>
    public bool Search { get; init; } = true;

    public string RepoRoot { get; init; } = RepoRootFinder.Find();
}

public enum LocalStore
{
    /// <summary>The embedded SQLite store in the state folder: every acknowledged report is on disk.</summary>
    Sqlite,

    /// <summary>Azurite (Azure Table storage emulator), to try the cloud engine locally. Not durable: it saves every few seconds.</summary>
    Azurite,
}
