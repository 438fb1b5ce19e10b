using IntegritySite.Site.Checks;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Pipeline;

/// <summary>What a build knows of one page for the next build: the job it was made from, what it read of the site while
/// rendering, a hash of the HTML the templates gave, the finished page, its file and its broken links.</summary>
internal sealed record PageRecord(
    PageJob Job, IReadOnlyCollection<SiteRead> Reads, byte[] RenderedHash, FinishedPage Finished, OutputFile File,
    IReadOnlyList<Diagnostic> LinkProblems);
