using System.Security.Cryptography;
using Azure.Data.Tables;
using Microsoft.Data.Sqlite;

namespace IntegritySite.Bench;

/// <summary>The engine on its own: one row of a sealed complaint's shape and size per insert, committed like the intake commits.</summary>
internal interface IRawInserter
{
    string Description { get; }

    Task<bool> InsertAsync(string key);
}

internal sealed class RawTableInserter(TableClient table, byte[] payload) : IRawInserter
{
    public string Description => "Azurite, persisted to disk";

    public static async Task<RawTableInserter> CreateAsync(string connectionString)
    {
        var table = new TableClient(connectionString, "RawBench");
        await table.CreateIfNotExistsAsync();
        return new RawTableInserter(table, RandomNumberGenerator.GetBytes(700));
    }

    public async Task<bool> InsertAsync(string key)
    {
        var response = await table.AddEntityAsync(new TableEntity("bench", key) { ["Content"] = payload, ["Category"] = "procurement", ["Status"] = "received" });
        return !response.IsError;
    }
}

/// <summary>Same settings as the intake's store: WAL, synchronous=FULL, one BEGIN IMMEDIATE transaction per insert, pooled connections.</summary>
internal sealed class RawSqliteInserter(string connectionString, byte[] payload) : IRawInserter
{
    public string Description => "SQLite WAL, synchronous=FULL";

    public static RawSqliteInserter Create(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 5 }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS raw (id TEXT PRIMARY KEY, category TEXT, status TEXT, content BLOB) STRICT;";
        command.ExecuteNonQuery();
        return new RawSqliteInserter(connectionString, RandomNumberGenerator.GetBytes(700));
    }

    public async Task<bool> InsertAsync(string key)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = FULL;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO raw (id, category, status, content) VALUES ($id, 'procurement', 'received', $content)";
        command.Parameters.AddWithValue("$id", key);
        command.Parameters.AddWithValue("$content", payload);
        command.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }
}
