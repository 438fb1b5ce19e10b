using IntegritySite.Site.Content;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Pipeline.Kinds;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// What a successful build keeps so the next build in the same process (`serve`) redoes only what an edit changed.
/// Opaque outside the pipeline: pass <see cref="BuildResult.State"/> back to <see cref="SiteBuilder.BuildAsync"/>.
/// </summary>
public sealed class BuildState
{
    internal SiteSource Source { get; init; } = null!;
    internal IReadOnlyList<ContentKind> Kinds { get; init; } = null!;
    internal DateOnly Today { get; init; }
    internal IReadOnlyList<int>? AssessYears { get; init; }
    internal SiteInputs Inputs { get; init; } = null!;
    internal LoadedContent Content { get; init; } = null!;
    internal SiteModel Model { get; init; } = null!;
    internal PageViews Views { get; init; } = null!;
    internal IReadOnlyList<YearCoverage> Coverage { get; init; } = null!;
    internal IReadOnlyDictionary<string, PageRecord> Pages { get; init; } = null!;
    internal IReadOnlySet<string> OtherFiles { get; init; } = null!;
    internal IReadOnlyDictionary<string, IReadOnlySet<string>> IdsByUrl { get; init; } = null!;
    internal OutputFile Sitemap { get; init; } = null!;
    internal IReadOnlyDictionary<Language, OutputFile> Feeds { get; init; } = null!;
    internal IReadOnlyList<OutputFile> OpenData { get; init; } = null!;

    /// <summary>The complaint pages' addresses that the hosting configuration keeps out of caches, and that file.</summary>
    internal IReadOnlyList<string> NoStoreRoutes { get; init; } = null!;
    internal OutputFile HostingConfig { get; init; } = null!;

    /// <summary>ita/coverage.json; null when no ITA year is assessed.</summary>
    internal OutputFile? CoverageFile { get; init; }

    /// <summary>The files that depend on the settings alone (robots.txt, the embedded assets and files/, the editor's page and config).</summary>
    internal IReadOnlyList<OutputFile> SettingsFiles { get; init; } = null!;
}
