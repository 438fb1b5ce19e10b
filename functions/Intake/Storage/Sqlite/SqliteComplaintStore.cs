using IntegritySite.Intake.Crypto;
using Microsoft.Data.Sqlite;

namespace IntegritySite.Intake.Storage.Sqlite;

/// <summary>
/// Embedded engine: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a commit has reached the disk before
/// it returns and an acknowledged report survives Ctrl+C, a killed process or a power cut. Every write is one
/// <c>BEGIN IMMEDIATE</c> transaction (writers queue for the lock, up to the busy timeout); a write that throws was
/// rolled back whole, so "nothing was saved" is then true. The file and its folder are readable by this user only.
/// </summary>
public sealed class SqliteComplaintStore : IComplaintStore, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _path;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    // SQLite takes one writer at a time. Writers of this process queue here (asynchronously, in order) instead of
    // meeting SQLITE_BUSY, whose retry loop sleeps; another process's writer is waited for by busy_timeout.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    // Writes take turns anyway, so they share one connection, opened (and its pragmas set) once; reopened after a failure.
    private SqliteConnection? _writer;
    private readonly TimeSpan _lockTimeout;
    private volatile bool _schemaReady;

    public SqliteComplaintStore(IntakeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            throw new InvalidOperationException($"Intake:{nameof(IntakeOptions.SqlitePath)} must name the complaint database file.");
        }
        _path = Path.GetFullPath(options.SqlitePath);
        _lockTimeout = options.StoreNetworkTimeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Also how long a write waits for the lock held by another writer before it gives up (and stores nothing).
            DefaultTimeout = Math.Max(1, (int)options.StoreNetworkTimeout.TotalSeconds),
        }.ToString();
    }

    public Task<InsertOutcome> InsertAsync(StoredComplaint c, RetryRecord? retry, CancellationToken ct) =>
        WriteAsync(ct, (connection, transaction) =>
        {
            if (retry is not null && Scalar(connection, transaction, "SELECT 1 FROM retry_records WHERE key = $key", ("$key", retry.Key)) is not null)
            {
                return InsertOutcome.SubmissionExists;
            }
            if (Scalar(connection, transaction, "SELECT content FROM complaints WHERE id = $id", ("$id", c.Id)) is byte[] existing)
            {
                return existing.AsSpan().SequenceEqual(c.Content) ? InsertOutcome.Inserted : InsertOutcome.ReceiptTaken;
            }
            Execute(connection, transaction, """
                INSERT INTO complaints (id, category, status, submitted, updated, content, report_public_key, report_key_salt,
                    report_key_nonce, report_key_ciphertext, report_key_memory_kib, report_key_passes, message_count, version, attachments, attachment_ids)
                VALUES ($id, $category, $status, $submitted, $updated, $content, $pk, $salt, $nonce, $wrapped, $memory, $passes, 0, 1, $attachments, $attachment_ids)
                """,
                ("$id", c.Id), ("$category", c.Category), ("$status", c.Status), ("$submitted", c.Submitted), ("$updated", c.Updated),
                ("$content", c.Content), ("$pk", c.ReportKey.PublicKey), ("$salt", c.ReportKey.Salt), ("$nonce", c.ReportKey.Nonce),
                ("$wrapped", c.ReportKey.Ciphertext), ("$memory", c.ReportKey.MemoryKiB), ("$passes", c.ReportKey.Passes),
                ("$attachments", c.Files.Sealed), ("$attachment_ids", c.Files.JoinedIds));
            if (retry is not null)
            {
                Execute(connection, transaction, "INSERT INTO retry_records (key, receipt_nonce, receipt_ciphertext, submitted) VALUES ($key, $nonce, $ciphertext, $submitted)",
                    ("$key", retry.Key), ("$nonce", retry.ReceiptNonce), ("$ciphertext", retry.ReceiptCiphertext), ("$submitted", retry.Submitted));
            }
            return InsertOutcome.Inserted;
        });

    public Task<RetryRecord?> FindRetryRecordAsync(string key, CancellationToken ct) =>
        ReadAsync(ct, connection => Query(connection, "SELECT key, receipt_nonce, receipt_ciphertext, submitted FROM retry_records WHERE key = $key",
            r => new RetryRecord(r.GetString(0), Bytes(r, 1), Bytes(r, 2), r.GetString(3)), ("$key", key)).FirstOrDefault());

    public Task<StoredComplaint?> FindComplaintAsync(string id, CancellationToken ct) =>
        ReadAsync(ct, connection => Query(connection, """
            SELECT id, category, status, submitted, updated, content, report_public_key, report_key_salt, report_key_nonce,
                   report_key_ciphertext, report_key_memory_kib, report_key_passes, version, attachments, attachment_ids
            FROM complaints WHERE id = $id
            """,
            r => new StoredComplaint(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Bytes(r, 5),
                new WrappedReportKey(Bytes(r, 6), Bytes(r, 7), Bytes(r, 8), Bytes(r, 9), r.GetInt32(10), r.GetInt32(11)), r.GetInt64(12).ToString(System.Globalization.CultureInfo.InvariantCulture),
                new StoredAttachments(Bytes(r, 13), StoredAttachments.SplitIds(r.GetString(14)))),
            ("$id", id)).FirstOrDefault());

    public Task<IReadOnlyList<ComplaintListing>> ListComplaintsAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<ComplaintListing>>(ct, connection => Query(connection,
            "SELECT id, category, status, submitted, updated, version, attachment_ids FROM complaints ORDER BY id",
            r => new ComplaintListing(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                StoredAttachments.SplitIds(r.GetString(6)))));

    public Task<IReadOnlyList<CountedComplaint>> ListForCountingAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<CountedComplaint>>(ct, connection => Query(connection,
            "SELECT category, status, submitted FROM complaints WHERE submitted >= $from AND submitted <= $to",
            r => new CountedComplaint(r.GetString(0), r.GetString(1), BangkokDate.Parse(r.GetString(2))),
            ("$from", BangkokDate.Format(from)), ("$to", BangkokDate.Format(to))));

    public Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(string complaintId, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<StoredMessage>>(ct, connection => Query(connection,
            "SELECT seq, key, sender, sent, for_officer, for_reporter, signature, attachments, attachment_ids FROM messages WHERE complaint_id = $id ORDER BY seq",
            r => new StoredMessage(r.GetInt64(0), new NewMessage(r.GetString(1), r.GetString(2), r.GetString(3), Bytes(r, 4), Bytes(r, 5), Bytes(r, 6),
                new StoredAttachments(Bytes(r, 7), StoredAttachments.SplitIds(r.GetString(8))))),
            ("$id", complaintId)));

    public Task<MessageOutcome> AddMessageAsync(string complaintId, NewMessage m, string updated, CancellationToken ct) =>
        WriteAsync(ct, (connection, transaction) =>
        {
            if (Scalar(connection, transaction, "SELECT message_count FROM complaints WHERE id = $id", ("$id", complaintId)) is not long count)
            {
                return MessageOutcome.NoSuchComplaint;
            }
            if (Scalar(connection, transaction, "SELECT 1 FROM messages WHERE complaint_id = $id AND key = $key", ("$id", complaintId), ("$key", m.Key)) is not null)
            {
                return MessageOutcome.AlreadyStored;
            }
            Execute(connection, transaction, """
                INSERT INTO messages (complaint_id, key, seq, sender, sent, for_officer, for_reporter, signature, attachments, attachment_ids)
                VALUES ($id, $key, $seq, $sender, $sent, $for_officer, $for_reporter, $signature, $attachments, $attachment_ids)
                """,
                ("$id", complaintId), ("$key", m.Key), ("$seq", count + 1), ("$sender", m.From), ("$sent", m.Sent),
                ("$for_officer", m.ForOfficer), ("$for_reporter", m.ForReporter), ("$signature", m.Signature),
                ("$attachments", m.Files.Sealed), ("$attachment_ids", m.Files.JoinedIds));
            Execute(connection, transaction, "UPDATE complaints SET message_count = $seq, updated = $updated, version = version + 1 WHERE id = $id",
                ("$id", complaintId), ("$seq", count + 1), ("$updated", updated));
            return MessageOutcome.Stored;
        });

    public Task<bool> UpdateStatusAsync(string id, string status, string updated, CancellationToken ct) =>
        WriteAsync(ct, (connection, transaction) =>
            Execute(connection, transaction, "UPDATE complaints SET status = $status, updated = $updated, version = version + 1 WHERE id = $id",
                ("$id", id), ("$status", status), ("$updated", updated)) == 1);

    public Task<bool> ResealAsync(string complaintId, string? messageKey, byte[] expected, byte[] replacement, CancellationToken ct, SealedPart part = SealedPart.Text) =>
        WriteAsync(ct, (connection, transaction) =>
        {
            var column = part == SealedPart.Files ? "attachments" : messageKey is null ? "content" : "for_officer";
            var current = messageKey is null
                ? Scalar(connection, transaction, $"SELECT {column} FROM complaints WHERE id = $id", ("$id", complaintId))
                : Scalar(connection, transaction, $"SELECT {column} FROM messages WHERE complaint_id = $id AND key = $key", ("$id", complaintId), ("$key", messageKey));
            if (current is not byte[] stored)
            {
                return false;
            }
            if (stored.AsSpan().SequenceEqual(replacement))
            {
                return true;
            }
            if (!stored.AsSpan().SequenceEqual(expected))
            {
                return false;
            }
            if (messageKey is null)
            {
                Execute(connection, transaction, $"UPDATE complaints SET {column} = $sealed WHERE id = $id", ("$id", complaintId), ("$sealed", replacement));
            }
            else
            {
                Execute(connection, transaction, $"UPDATE messages SET {column} = $sealed WHERE complaint_id = $id AND key = $key",
                    ("$id", complaintId), ("$key", messageKey), ("$sealed", replacement));
            }
            // The version moves, so a purge that listed the complaint before this write deletes nothing.
            Execute(connection, transaction, "UPDATE complaints SET version = version + 1 WHERE id = $id", ("$id", complaintId));
            return true;
        });

    public Task<int?> DeleteComplaintAsync(ComplaintListing listed, CancellationToken ct) =>
        WriteAsync<int?>(ct, (connection, transaction) =>
        {
            var version = Scalar(connection, transaction, "SELECT version FROM complaints WHERE id = $id", ("$id", listed.Id));
            if (version is not long current || current.ToString(System.Globalization.CultureInfo.InvariantCulture) != listed.Version)
            {
                return null;
            }
            var messages = Execute(connection, transaction, "DELETE FROM messages WHERE complaint_id = $id", ("$id", listed.Id));
            return messages + Execute(connection, transaction, "DELETE FROM complaints WHERE id = $id", ("$id", listed.Id));
        });

    public Task<IReadOnlyList<RetryRecordAge>> ListRetryRecordsAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<RetryRecordAge>>(ct, connection => Query(connection,
            "SELECT key, submitted FROM retry_records", r => new RetryRecordAge(r.GetString(0), r.GetString(1))));

    public Task<int> DeleteRetryRecordsAsync(IReadOnlyList<string> keys, CancellationToken ct) =>
        WriteAsync(ct, (connection, transaction) =>
        {
            foreach (var key in keys)
            {
                Execute(connection, transaction, "DELETE FROM retry_records WHERE key = $key", ("$key", key));
            }
            return keys.Count;
        });

    // Foreign keys and one transaction per complaint leave nothing behind; this only guards against a file edited by hand.
    public Task<int> SweepAsync(DateOnly before, CancellationToken ct) =>
        WriteAsync(ct, (connection, transaction) =>
            Execute(connection, transaction, "DELETE FROM messages WHERE complaint_id NOT IN (SELECT id FROM complaints)"));

    public Task<IReadOnlyList<StoredRow>> DumpAsync(CancellationToken ct) =>
        ReadAsync<IReadOnlyList<StoredRow>>(ct, connection =>
        {
            var rows = new List<StoredRow>();
            foreach (var (kind, table, key) in new[] { ("complaint", "complaints", "id"), ("message", "messages", "complaint_id || '/' || key"), ("retry", "retry_records", "key") })
            {
                rows.AddRange(Query(connection, $"SELECT {key}, * FROM {table}", r =>
                {
                    var values = new Dictionary<string, object?>(StringComparer.Ordinal);
                    for (var i = 1; i < r.FieldCount; i++)
                    {
                        values[r.GetName(i)] = r.IsDBNull(i) ? null : r.GetValue(i);
                    }
                    return new StoredRow(kind, r.GetString(0), values);
                }));
            }
            return rows;
        });

    private async Task<T> ReadAsync<T>(CancellationToken ct, Func<SqliteConnection, T> read)
    {
        try
        {
            await using var connection = await OpenAsync(ct);
            return read(connection);
        }
        catch (SqliteException e) when (IsUnavailable(e))
        {
            throw new StoreUnavailableException(e);
        }
    }

    private async Task<T> WriteAsync<T>(CancellationToken ct, Func<SqliteConnection, SqliteTransaction, T> write)
    {
        if (!await _writeGate.WaitAsync(_lockTimeout, ct))
        {
            throw new StoreUnavailableException(new TimeoutException("The store's writers did not finish in time; nothing was written."));
        }
        try
        {
            _writer ??= await OpenAsync(ct);
            // BEGIN IMMEDIATE: take the write lock now (waiting up to the busy timeout), so reads and the write inside
            // see one state, and two writers never deadlock upgrading a read lock.
            using var transaction = _writer.BeginTransaction(deferred: false);
            var result = write(_writer, transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e) when (IsUnavailable(e))
        {
            // The transaction was rolled back (or never began): nothing of this write is stored.
            await DropWriterAsync();
            throw new StoreUnavailableException(e);
        }
        catch
        {
            await DropWriterAsync();
            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        try
        {
            await DropWriterAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task DropWriterAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
            _writer = null;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        if (!_schemaReady)
        {
            await CreateSchemaAsync(ct);
        }
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            // Per connection: a commit returns only once it is on disk; messages cannot outlive their complaint.
            Execute(connection, null, $"PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(int)_lockTimeout.TotalMilliseconds};");
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CreateSchemaAsync(CancellationToken ct)
    {
        await _schemaGate.WaitAsync(ct);
        try
        {
            if (_schemaReady)
            {
                return;
            }
            PrivateFiles.Prepare(_path);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(ct);
            Execute(connection, null, SqliteSchema.Create);
            foreach (var (table, column, definition) in SqliteSchema.AddedColumns)
            {
                var present = Query(connection, $"SELECT 1 FROM pragma_table_info('{table}') WHERE name = $name", r => true, ("$name", column)).Count > 0;
                if (!present)
                {
                    Execute(connection, null, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
                }
            }
            _schemaReady = true;
        }
        catch (SqliteException e) when (IsUnavailable(e))
        {
            throw new StoreUnavailableException(e);
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>Busy, locked, I/O, full, read-only or unopenable: the store cannot take the write now. Constraint and SQL errors are bugs.</summary>
    private static bool IsUnavailable(SqliteException e) => (e.SqliteErrorCode & 0xFF) is 5 or 6 or 8 or 10 or 13 or 14 or 15;

    private static byte[] Bytes(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? [] : (byte[])reader.GetValue(ordinal);

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var results = new List<T>();
        while (reader.Read())
        {
            results.Add(map(reader));
        }
        return results;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
