namespace IntegritySite.Intake;

/// <summary>Configuration of the complaint intake (config section "Intake").</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>Azure Table storage connection string (Azurite locally).</summary>
    public string TableConnectionString { get; set; } = "";

    public string TableName { get; set; } = "Complaints";

    /// <summary>Officer X25519 public key, base64 (32 bytes). The app never holds the private key.</summary>
    public string OfficerPublicKey { get; set; } = "";

    /// <summary>Server secret (base64, at least 32 bytes) keying the receipt and submission-id hashes. Never stored in the table.</summary>
    public string ReceiptHashSecret { get; set; } = "";

    /// <summary>SHA-256 of the officer API key, base64.</summary>
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
}
