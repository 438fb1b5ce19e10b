using IntegritySite.LocalHost;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>One in-memory Azurite per test collection; each test host uses its own table.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await AzuriteServer.StartAsync(RepoRoot.Find(), dataDirectory: null);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
