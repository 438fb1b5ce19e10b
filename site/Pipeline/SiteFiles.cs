using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Pipeline;

/// <summary>The files besides the pages and the sitemap, from the model alone; an incremental build takes over those
/// whose inputs are the same.</summary>
/// <param name="NoStoreRoutes">The complaint pages' addresses that the hosting configuration keeps out of caches.</param>
/// <param name="CoverageFile">ita/coverage.json; null when no ITA year is assessed.</param>
internal sealed record SiteFiles(
    IReadOnlyDictionary<Language, OutputFile> Feeds, IReadOnlyList<OutputFile> OpenData, IReadOnlyList<OutputFile> SettingsFiles,
    IReadOnlyList<string> NoStoreRoutes, OutputFile HostingConfig, OutputFile? CoverageFile)
{
    public IEnumerable<OutputFile> All => [.. Feeds.Values, .. OpenData, .. SettingsFiles, HostingConfig, .. CoverageFile is null ? [] : new[] { CoverageFile }];
}
