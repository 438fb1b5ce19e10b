namespace IntegritySite.Intake.Crypto;

/// <summary>
/// The names of an officer's key files: the same in a folder made by <c>officer keygen</c> and in serve's
/// <c>.local/officer/</c>, so the desk and the CLI open either.
/// </summary>
public static class OfficerKeyFileNames
{
    public const string PrivateKey = "officer-private.key";
    public const string SigningKey = "officer-signing.key";
    public const string ApiKey = "officer-api.key";
    public const string PublicKey = "officer-public.key";
}
