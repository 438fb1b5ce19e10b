namespace IntegritySite.Intake.Input;

/// <summary>What one request and one sealed complaint may hold (the per-field limits are <see cref="FieldLimits"/>, shared with the site).</summary>
public static class RequestLimits
{
    /// <summary>Largest request body accepted (a Thai character is 9 bytes when form-encoded).</summary>
    public const int MaxBodyBytes = 128 * 1024;

    /// <summary>
    /// What a multipart post (text fields and files) may add to its files: the text's own limit and the parts' headers and
    /// boundaries. Only a multipart post may be larger than <see cref="MaxBodyBytes"/>; every other post keeps that limit.
    /// </summary>
    public const int MultipartOverheadBytes = MaxBodyBytes + 64 * 1024;

    /// <summary>Largest multipart body for files totalling at most <paramref name="maxFileBytes"/>.</summary>
    public static long MaxMultipartBodyBytes(long maxFileBytes) => maxFileBytes + MultipartOverheadBytes;

    /// <summary>The Table service's limit on one binary property, which holds the sealed facts.</summary>
    public const int MaxSealedBytes = 64 * 1024;

    /// <summary>
    /// Largest serialised facts (UTF-8 JSON) that still fit <see cref="MaxSealedBytes"/> once sealed; the envelope
    /// (report id, category) takes a little more, kept under the margin.
    /// </summary>
    public const int MaxFactsBytes = MaxSealedBytes - Crypto.OfficerSeal.MaxOverhead - 200;
}
