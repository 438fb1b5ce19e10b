using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Pipeline;

public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, SiteModel? Model, TimeSpan Elapsed)
{
    /// <summary>ITA coverage of each published assessment year; empty when none is published or the build stopped early.</summary>
    public IReadOnlyList<YearCoverage> Coverage { get; init; } = [];

    public bool Succeeded => Model is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    public int PageCount => Files.Count(f => f.IsHtml);

    public OutputFile? File(string path) => Files.FirstOrDefault(f => f.Path == path.TrimStart('/'));
}
