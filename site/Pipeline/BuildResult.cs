using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Pipeline;

public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, SiteModel? Model, TimeSpan Elapsed)
{
    public bool Succeeded => Model is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    public int PageCount => Files.Count(f => f.IsHtml);

    public OutputFile? File(string path) => Files.FirstOrDefault(f => f.Path == path.TrimStart('/'));
}
