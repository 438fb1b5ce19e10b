namespace IntegritySite.Intake.Model;

/// <summary>Size limits. Sized so a sealed complaint stays under the 64 KiB Table property limit.</summary>
public static class FieldLimits
{
    /// <summary>Largest request body accepted (a Thai character is 9 bytes when form-encoded).</summary>
    public const int MaxBodyBytes = 128 * 1024;

    public static readonly IReadOnlyDictionary<string, int> MaxChars = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["category"] = 40,
        ["what"] = 6000,
        ["who"] = 1000,
        ["when"] = 500,
        ["where"] = 1000,
        ["how_known"] = 2000,
        ["evidence"] = 4000,
        ["contact"] = 500,
        ["submission_id"] = 128,
        ["website"] = 200,
        ["receipt"] = 64,
        ["message"] = 4000,
    };

    public const int MinSubmissionIdChars = 16;

    /// <summary>The Table service's limit on one binary property, which holds the sealed facts.</summary>
    public const int MaxSealedBytes = 64 * 1024;

    /// <summary>Largest serialised facts (UTF-8 JSON) that still fit <see cref="MaxSealedBytes"/> once sealed.</summary>
    public const int MaxFactsBytes = MaxSealedBytes - Crypto.SealedBox.Overhead;
}
