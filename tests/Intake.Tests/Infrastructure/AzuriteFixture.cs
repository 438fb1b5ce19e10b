using IntegritySite.LocalHost;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>One in-memory Azurite per test collection; each test host uses its own table.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Server { get; private set; } = null!;

    /// <summary>Azurite's Blob service, for the Table engine's attachments (each test host uses its own container).</summary>
    public AzuriteServer Blobs { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await AzuriteServer.StartAsync(RepoRoot.Find(), dataDirectory: null);
        Blobs = await AzuriteServer.StartBlobAsync(RepoRoot.Find(), dataDirectory: null);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Blobs.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
