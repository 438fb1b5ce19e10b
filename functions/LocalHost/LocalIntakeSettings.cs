using IntegritySite.Intake;
using IntegritySite.Intake.Storage;

namespace IntegritySite.LocalHost;

/// <summary>
/// Local keys and secrets, in two folders: <see cref="IntakeDirectory"/> holds what the server needs (every officer's
/// public and verify keys, the receipt secret, the hash of the officer API key, the SQLite store); <see cref="OfficerDirectory"/> holds
/// what only the officer may have (private keys, the API key itself). Both are readable by this user only.
/// </summary>
public sealed record LocalIntakeSettings(
    string StateDirectory,
    IReadOnlyList<string> OfficerPublicKeys,
    IReadOnlyList<string> OfficerVerifyKeys,
    string ReceiptHashSecret,
    string OfficerApiKeyHash,
    bool CreatedNow)
{
    public string IntakeDirectory => Path.Combine(StateDirectory, LocalOfficerSetup.IntakeFolder);

    public string OfficerDirectory => Path.Combine(StateDirectory, LocalOfficerSetup.OfficerFolder);

    public string OfficerPrivateKeyPath => Path.Combine(OfficerDirectory, LocalOfficerSetup.PrivateKeyFile);

    public string OfficerSigningKeyPath => Path.Combine(OfficerDirectory, LocalOfficerSetup.SigningKeyFile);

    public string OfficerApiKeyPath => Path.Combine(OfficerDirectory, LocalOfficerSetup.ApiKeyFile);

    /// <summary>The officer's API key (from the officer's folder: for the officer's tools and tests, never for the server).</summary>
    public string OfficerApiKey => File.ReadAllText(OfficerApiKeyPath).Trim();

    public string SqlitePath => Path.Combine(IntakeDirectory, "complaints.db");

    /// <summary>Options for the embedded store in <see cref="IntakeDirectory"/>.</summary>
    public IntakeOptions ToSqliteOptions(string? databasePath = null) => WithKeys(new IntakeOptions
    {
        Store = StoreEngine.Sqlite,
        SqlitePath = databasePath ?? SqlitePath,
    });

    /// <summary>Options for Azure Table storage (or Azurite) at <paramref name="tableConnectionString"/>.</summary>
    /// <param name="blobConnectionString">Blob Storage for the attachments; without it the intake takes no files.</param>
    public IntakeOptions ToTableOptions(string tableConnectionString, string blobConnectionString = "") => WithKeys(new IntakeOptions
    {
        Store = StoreEngine.Table,
        TableConnectionString = tableConnectionString,
        BlobConnectionString = blobConnectionString,
    });

    private IntakeOptions WithKeys(IntakeOptions options)
    {
        options.OfficerPublicKeys = string.Join(",", OfficerPublicKeys);
        options.OfficerVerifyKeys = string.Join(",", OfficerVerifyKeys);
        options.ReceiptHashSecret = ReceiptHashSecret;
        options.OfficerApiKeyHash = OfficerApiKeyHash;
        return options;
    }
}
