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

    [Fact]
    public async Task A_database_made_before_evidence_files_gains_their_columns_and_keeps_its_reports()
    {
        var path = Path.Combine(_folder, "older.db");
        var options = new IntakeOptions { Store = StoreEngine.Sqlite, SqlitePath = path };
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var complaint = new StoredComplaint(id, "bribery", "received", "2026-03-25", "2026-03-25", [1, 2, 3],
            new Crypto.WrappedReportKey([4], [5], [6], [7], 0, 0));
        await new SqliteComplaintStore(options).InsertAsync(complaint, null, CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // The file as an earlier version made it: no attachment columns.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = """
                ALTER TABLE complaints DROP COLUMN attachments; ALTER TABLE complaints DROP COLUMN attachment_ids;
                ALTER TABLE messages DROP COLUMN attachments; ALTER TABLE messages DROP COLUMN attachment_ids;
                """;
            await command.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var reopened = new SqliteComplaintStore(options);
        var found = (await reopened.FindComplaintAsync(id, CancellationToken.None))!;
        Assert.Equal(complaint.Content, found.Content);
        Assert.Empty(found.Files.BlobIds);
        var withFiles = complaint with { Id = id[..^1] + (id[^1] == '0' ? '1' : '0'), Attachments = new StoredAttachments([9, 9], ["0123456789abcdef0123456789abcdef"]) };
        Assert.Equal(InsertOutcome.Inserted, await reopened.InsertAsync(withFiles, null, CancellationToken.None));
        Assert.Equal(["0123456789abcdef0123456789abcdef"], (await reopened.FindComplaintAsync(withFiles.Id, CancellationToken.None))!.Files.BlobIds);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
