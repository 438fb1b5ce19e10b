using IntegritySite.LocalHost;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>An Azurite of a test class's own, persisted to a temporary folder, for tests that stop, pause or restart it.</summary>
public abstract class PersistentAzurite : IAsyncLifetime
{
    private string _dataDirectory = "";

    protected AzuriteServer Azurite { get; private set; } = null!;

    /// <summary>A temporary folder that lives as long as the test (the store's data is in it).</summary>
    protected string DataDirectory => _dataDirectory;

    public async Task InitializeAsync()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("azurite-persistent-").FullName;
        Azurite = await AzuriteServer.StartAsync(RepoRoot.Find(), _dataDirectory);
    }

    public async Task DisposeAsync()
    {
        await Azurite.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
