namespace IntegritySite.Site.Outputs;

/// <summary>
/// The HTTP headers every page of the site is served with, in one place: written into the static host's
/// configuration and sent by `serve`. No referrer leaves the site (a reader of the complaint pages is not announced to
/// any link target), nothing can frame it, and scripts run only from the site itself (pagefind's search needs
/// WebAssembly). The intake API sends its own stricter set.
/// </summary>
public static class SiteHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>For the static host's config only (HTTPS); browsers ignore it over `serve`'s plain HTTP anyway.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("Referrer-Policy", "no-referrer"),
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Permissions-Policy", PermissionsPolicy),
    ];
}
