using IntegritySite.Intake.Storage;
using IntegritySite.Intake.Storage.Sqlite;

namespace IntegritySite.Intake.Tests.StoreContract;

/// <summary>The contract on the embedded engine: a fresh database file per test.</summary>
public sealed class SqliteStoreContractTests : ComplaintStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sqlite-contract-").FullName;

    protected override Task<IComplaintStore> NewStoreAsync() =>
        Task.FromResult<IComplaintStore>(new SqliteComplaintStore(new IntakeOptions { Store = StoreEngine.Sqlite, SqlitePath = Path.Combine(_folder, "complaints.db") }));

    [Fact]
    public async Task The_database_is_in_wal_mode_and_readable_only_by_its_owner()
    {
        var path = Path.Combine(_folder, "private", "complaints.db");
        var store = new SqliteComplaintStore(new IntakeOptions { Store = StoreEngine.Sqlite, SqlitePath = path });
        await store.ListComplaintsAsync(CancellationToken.None);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
