using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Pipeline;

public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, SiteModel? Model, TimeSpan Elapsed)
{
    /// <summary>ITA coverage of each published assessment year; empty when none is published or the build stopped early.</summary>
    public IReadOnlyList<YearCoverage> Coverage { get; init; } = [];

    /// <summary>For the next build in this process (`serve`): the last successful build's state (a failed build passes
    /// on the one it was given, so the next build compares with the site last published).</summary>
    public BuildState? State { get; init; }

    /// <summary>The addresses of the pages rendered (the rest were taken over from the earlier build unchanged).</summary>
    public IReadOnlyList<string> Rendered { get; init; } = [];

    public bool Succeeded => Model is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    public int PageCount => Files.Count(f => f.IsHtml);

    public OutputFile? File(string path) => Files.FirstOrDefault(f => f.Path == path.TrimStart('/'));
}
