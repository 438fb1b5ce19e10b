using IntegritySite.Intake;

namespace IntegritySite.LocalHost;

/// <summary>Local officer keys and secrets. OfficerApiKey is shown once by the caller; the app keeps only its hash.</summary>
public sealed record LocalIntakeSettings(
    string StateDirectory,
    string OfficerPublicKey,
    string ReceiptHashSecret,
    string OfficerApiKey,
    string OfficerApiKeyHash,
    bool CreatedNow)
{
    public string OfficerPrivateKeyPath => Path.Combine(StateDirectory, LocalOfficerSetup.PrivateKeyFile);

    public IntakeOptions ToOptions(string tableConnectionString) => new()
    {
        TableConnectionString = tableConnectionString,
        OfficerPublicKey = OfficerPublicKey,
        ReceiptHashSecret = ReceiptHashSecret,
        OfficerApiKeyHash = OfficerApiKeyHash,
    };
}
