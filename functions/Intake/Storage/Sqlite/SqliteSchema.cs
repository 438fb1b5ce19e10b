namespace IntegritySite.Intake.Storage.Sqlite;

/// <summary>The embedded store's tables. Category, status and days are in clear (ITA statistics); everything else is ciphertext.</summary>
internal static class SqliteSchema
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS complaints (
            id TEXT PRIMARY KEY NOT NULL,
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            submitted TEXT NOT NULL,
            updated TEXT NOT NULL,
            content BLOB NOT NULL,
            report_public_key BLOB NOT NULL,
            report_key_salt BLOB NOT NULL,
            report_key_nonce BLOB NOT NULL,
            report_key_ciphertext BLOB NOT NULL,
            report_key_memory_kib INTEGER NOT NULL,
            report_key_passes INTEGER NOT NULL,
            message_count INTEGER NOT NULL,
            version INTEGER NOT NULL,
            attachments BLOB NOT NULL DEFAULT x'',
            attachment_ids TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX IF NOT EXISTS complaints_by_submitted ON complaints (submitted);
        CREATE TABLE IF NOT EXISTS messages (
            complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            seq INTEGER NOT NULL,
            sender TEXT NOT NULL,
            sent TEXT NOT NULL,
            for_officer BLOB NOT NULL,
            for_reporter BLOB NOT NULL,
            signature BLOB NOT NULL,
            attachments BLOB NOT NULL DEFAULT x'',
            attachment_ids TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (complaint_id, key)
        ) STRICT;
        CREATE TABLE IF NOT EXISTS retry_records (
            key TEXT PRIMARY KEY NOT NULL,
            receipt_nonce BLOB NOT NULL,
            receipt_ciphertext BLOB NOT NULL,
            submitted TEXT NOT NULL
        ) STRICT;
        """;

    /// <summary>Columns added since the first version, for a file made before them (ALTER TABLE keeps every row).</summary>
    public static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("complaints", "attachments", "BLOB NOT NULL DEFAULT x''"),
        ("complaints", "attachment_ids", "TEXT NOT NULL DEFAULT ''"),
        ("messages", "attachments", "BLOB NOT NULL DEFAULT x''"),
        ("messages", "attachment_ids", "TEXT NOT NULL DEFAULT ''"),
    ];
}
