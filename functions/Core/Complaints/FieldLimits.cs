namespace IntegritySite.Core.Complaints;

/// <summary>Characters each field takes: the intake enforces them and the site's form announces them (one list).</summary>
public static class FieldLimits
{
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
        ["lang"] = 5,
        ["receipt"] = 64,
        ["message"] = 4000,
    };

    public const int MinSubmissionIdChars = 16;
}
