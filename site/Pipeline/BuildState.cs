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
    /// <summary>The files besides the pages and the sitemap (feeds, open data, settings files, hosting configuration,
    /// ITA coverage).</summary>
    internal SiteFiles SiteFiles { get; init; } = null!;
}
