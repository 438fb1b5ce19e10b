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

    /// <summary>Where the staff editor lives (not linked from any page, not in the sitemap or the search index).</summary>
    public const string AdminPath = "/admin/";

    /// <summary>
    /// The staff editor's policy, for <see cref="AdminPath"/> only (the static host's route header replaces the global
    /// one there). Decap CMS is a React application: scripts from the site itself (its bundle is copied from npm into
    /// admin/, never from a CDN) with eval, which its bundle needs, and the styles it injects; it talks to GitHub's
    /// API, shows GitHub avatars and media as blob: URLs, previews in a frame of its own, and on a staff member's own
    /// machine talks to decap-server on a loopback port. Public pages keep <see cref="ContentSecurityPolicy"/>.
    /// </summary>
    public const string AdminContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com; " +
        "connect-src 'self' https://api.github.com http://localhost:* http://127.0.0.1:*; frame-src 'self' blob:; " +
        "worker-src 'self' blob:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

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
