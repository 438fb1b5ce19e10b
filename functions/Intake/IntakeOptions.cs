
namespace IntegritySite.Intake;

/// <summary>Configuration of the complaint intake (config section "Intake").</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>Which engine stores complaints: <see cref="StoreEngine.Sqlite"/> (a file) or <see cref="StoreEngine.Table"/> (Azure).</summary>
    public StoreEngine Store { get; set; } = StoreEngine.Table;

    /// <summary>The SQLite database file, for <see cref="StoreEngine.Sqlite"/>.</summary>
    public string SqlitePath { get; set; } = "";

    /// <summary>Azure Table storage connection string (Azurite locally), for <see cref="StoreEngine.Table"/>.</summary>
    public string TableConnectionString { get; set; } = "";

    public string TableName { get; set; } = "Complaints";

    /// <summary>How long one store request may take (Table: network time-out; SQLite: wait for another writer's lock).</summary>
    public TimeSpan StoreNetworkTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a write whose outcome is unknown (sent, then the store stopped answering) is worked on before the
    /// answer says "not confirmed" (504) instead of "stored" or "nothing was saved".
    /// </summary>
    public TimeSpan WriteResolutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The officers' X25519 public keys, base64 (32 bytes each), separated by commas: every report and follow-up is
    /// sealed to each of them (<see cref="Crypto.OfficerSeal"/>). The app never holds a private key.
    /// </summary>
    public string OfficerPublicKeys { get; set; } = "";

    /// <summary>One officer public key: the setting of earlier versions, read together with <see cref="OfficerPublicKeys"/>.</summary>
    public string OfficerPublicKey { get; set; } = "";

    /// <summary>Server secret (base64, at least 32 bytes) keying the receipt and submission-id hashes. Never stored in the table.</summary>
    public string ReceiptHashSecret { get; set; } = "";

    /// <summary>
    /// The officers' Ed25519 verify keys, base64 (32 bytes each), separated by commas. A reply is stored and shown to the
    /// reporter only with a valid signature by one of them, so nobody who can write the store can speak as the officer.
    /// </summary>
    public string OfficerVerifyKeys { get; set; } = "";

    /// <summary>SHA-256 of each officer's API key, base64, separated by commas.</summary>
    public string OfficerApiKeyHash { get; set; } = "";

    /// <summary>Header carrying the client address behind a trusted front end (e.g. "X-Forwarded-For" on Azure); null uses the socket address. Used only for the in-memory rate limit.</summary>
    public string? ClientAddressHeader { get; set; }

    public int SubmissionsPerWindow { get; set; } = 10;

    public int StatusChecksPerWindow { get; set; } = 60;

    /// <summary>Rate-limit window; the address-hash key is replaced at every window.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Optional Argon2id stretch (memory in KiB) of the receipt before it keys the per-report private key.
    /// 0 (default): the receipt is keyed with the server secret only. See functions/README.md for why.
    /// </summary>
    public int ReceiptKdfMemoryKiB { get; set; }

    public int ReceiptKdfPasses { get; set; } = 2;

    /// <summary>
    /// Days a closed complaint is kept after its last update before <c>officer purge</c> deletes it (PDPA 2562).
    /// The default of 1,825 (five years) is a placeholder: the municipality's records officer sets the real value.
    /// </summary>
    public int RetentionDays { get; set; } = 1825;

    /// <summary>
    /// Officer notifications by e-mail (off while <see cref="NotifySmtpHost"/> or <see cref="NotifyTo"/> is empty): one
    /// mail when reports arrive and a daily digest, counts and the desk's address only.
    /// </summary>
    public string NotifySmtpHost { get; set; } = "";

    public int NotifySmtpPort { get; set; } = 587;

    /// <summary>"starttls" (default), "tls" (TLS from the first byte, port 465) or "none" (only to a relay on this machine).</summary>
    public string NotifySmtpSecurity { get; set; } = "starttls";

    public string NotifySmtpUser { get; set; } = "";

    /// <summary>The SMTP password (an app setting, a Key Vault reference on Azure); never logged.</summary>
    public string NotifySmtpPassword { get; set; } = "";

    public string NotifyFrom { get; set; } = "";

    /// <summary>The officers' addresses, separated by commas.</summary>
    public string NotifyTo { get; set; } = "";

    /// <summary>Where the mail tells the officer to go (the desk's instructions page, for instance); optional.</summary>
    public string NotifyDeskUrl { get; set; } = "";

    /// <summary>
    /// Reports arriving within this time make one mail. It also blurs, for the mail provider, when each report came.
    /// </summary>
    public TimeSpan NotifyCoalesce { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The folder of government holiday lists (input/holidays/&lt;year&gt;.txt) for the 7-working-day notice; empty counts
    /// weekends only, and every such deadline is marked an estimate.
    /// </summary>
    public string PublicHolidaysFolder { get; set; } = "";

    /// <summary>Evidence files a report may carry (0: none; the form then offers no file input).</summary>
    public int MaxAttachments { get; set; } = AttachmentLimits.DefaultMaxFiles;

    /// <summary>Largest file, in bytes, as sent (before cleaning).</summary>
    public long MaxAttachmentBytes { get; set; } = AttachmentLimits.DefaultMaxFileBytes;

    /// <summary>Largest total of a report's files, in bytes, as sent.</summary>
    public long MaxAttachmentsTotalBytes { get; set; } = AttachmentLimits.DefaultMaxTotalBytes;

    /// <summary>Bytes of uploads one address may send per rate-limit window (counted in the same rotating limiter).</summary>
    public long AttachmentBytesPerWindow { get; set; } = 4 * AttachmentLimits.DefaultMaxTotalBytes;

    /// <summary>Azure Blob Storage (Azurite locally) for the Table engine's attachments; empty: that engine takes no files.</summary>
    public string BlobConnectionString { get; set; } = "";

    public string AttachmentContainer { get; set; } = "attachments";

    /// <summary>The SQLite engine's folder of encrypted files; empty: <c>attachments/</c> beside <see cref="SqlitePath"/>.</summary>
    public string AttachmentFolder { get; set; } = "";

    public bool NotificationsEnabled => NotifySmtpHost.Length > 0 && NotifyTo.Length > 0;
}
