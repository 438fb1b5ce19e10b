using IntegritySite.Intake;
using IntegritySite.Intake.Storage;
using IntegritySite.LocalHost;
using IntegritySite.Site.Serve;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.LocalSite;

/// <summary>
/// The complaint intake as a module of `serve`: the same handlers and routes as the function app, on the embedded
/// SQLite store (default) or a supervised Azurite, with local keys created on first run.
/// </summary>
public sealed class IntakeModule : ISiteModule
{
    private readonly AzuriteServer? _azurite;
    private readonly string? _temporaryState;

    private IntakeModule(LocalIntakeSettings settings, IntakeOptions options, AzuriteServer? azurite, string? temporaryState)
    {
        Settings = settings;
        Options = options;
        _azurite = azurite;
        _temporaryState = temporaryState;
    }

    public LocalIntakeSettings Settings { get; }

    public IntakeOptions Options { get; }

    /// <param name="stateDirectory">Keys and store; null: a fresh temporary folder, deleted at the end (tests).</param>
    /// <param name="holidaysFolder">input/holidays, for the 7-working-day notice (read at start).</param>
    public static async Task<IntakeModule> StartAsync(string? stateDirectory, LocalStore store, string repoRoot, TextWriter log, CancellationToken ct = default,
        string? holidaysFolder = null)
    {
        var temporary = stateDirectory is null ? Directory.CreateTempSubdirectory("integritysite-").FullName : null;
        var state = stateDirectory ?? temporary!;
        var settings = LocalOfficerSetup.Ensure(state);
        AzuriteServer? azurite = null;
        AzuriteServer? azuriteBlobs = null;
        IntakeOptions options;
        if (store == LocalStore.Azurite)
        {
            log.WriteLine("warning: Azurite is an emulator that writes to disk only every few seconds; reports acknowledged just before it dies can be lost. Not for production: use the default SQLite store on one server, Azure Table storage in the cloud.");
            azurite = await AzuriteServer.StartAsync(repoRoot, stateDirectory is null ? null : Path.Combine(state, "azurite"), ct);
            // Its Blob service holds the encrypted attachments, beside the table.
            azuriteBlobs = await AzuriteServer.StartBlobAsync(repoRoot, stateDirectory is null ? null : Path.Combine(state, "azurite-blobs"), ct);
            options = settings.ToTableOptions(azurite.ConnectionString, azuriteBlobs.ConnectionString);
        }
        else
        {
            options = settings.ToSqliteOptions();
        }
        options.PublicHolidaysFolder = holidaysFolder ?? "";
        // As the function app reads app settings: environment variables Intake__SubmissionsPerWindow and so on override.
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(IntakeOptions.SectionName).Bind(options);
        // Keys are never printed (terminal output ends up in logs): the officer's tools read the officer's folder.
        if (settings.CreatedNow)
        {
            log.WriteLine($"created local officer keys in {settings.OfficerDirectory} (readable only by you); before reading reports, encrypt them under a passphrase: officer protect-key {settings.OfficerPrivateKeyPath} (and {LocalOfficerSetup.SigningKeyFile})");
        }
        log.WriteLine(options.Store == StoreEngine.Sqlite ? $"complaints are stored in {options.SqlitePath}" : "complaints are stored in Azurite (emulator)");
        return new IntakeModule(settings, options, azurite, temporary) { _azuriteBlobs = azuriteBlobs };
    }

    public void AddServices(IServiceCollection services) => services.AddComplaintIntake(Options);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapIntakeApi();

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
        if (_azuriteBlobs is not null)
        {
            await _azuriteBlobs.DisposeAsync();
        }
        if (_temporaryState is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_temporaryState, recursive: true);
        }
    }

    private AzuriteServer? _azuriteBlobs;
}
