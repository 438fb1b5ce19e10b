using System.Runtime.InteropServices;
using System.IO.Hashing;
using IntegritySite.Site.Checks;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// Render and finish stage. With an earlier build of the same settings, a page whose document, translations and every
/// recorded read are unchanged is taken over as it was (not rendered); a page rendered again to the same HTML is not
/// finished again. Without one, every page is rendered and finished: a cold build is this stage with nothing to reuse.
/// </summary>
internal sealed class RenderStage(PageRenderer renderer, PageFinisher finisher)
{
    public async Task<IReadOnlyList<StagedPage>> RunAsync(IReadOnlyList<PageJob> jobs, PageViews views, BuildState? before, SiteChanges? changes)
    {
        var staged = new StagedPage?[jobs.Count];
        var toRender = new List<int>();
        for (var i = 0; i < jobs.Count; i++)
        {
            var earlier = changes is null ? null : before?.Pages.GetValueOrDefault(jobs[i].Url);
            if (earlier is not null && CanTakeOver(earlier, jobs[i], changes!))
            {
                staged[i] = new StagedPage(jobs[i], earlier.Reads, earlier.RenderedHash, earlier.Finished, earlier.File, earlier);
            }
            else
            {
                toRender.Add(i);
            }
        }

        // Each page is finished as soon as it is rendered, on the same core: its rendered HTML is garbage at once
        // (collected young) instead of surviving until every page has been rendered.
        await Parallel.ForEachAsync(toRender, new ParallelOptions { MaxDegreeOfParallelism = renderer.Parallelism }, async (index, _) =>
        {
            var reads = new SiteReads();
            var page = await jobs[index].RenderAsync(renderer, views, reads);
            // Only tells a later build (serve) that the templates gave the same HTML: no one chooses these bytes to
            // collide, so a fast non-cryptographic hash does (SHA-256 was 3 % of a build's CPU).
            var hash = XxHash128.Hash(MemoryMarshal.AsBytes(page.Html.AsSpan()));
            var earlier = changes is null ? null : before?.Pages.GetValueOrDefault(page.Url);
            var (finished, file) = earlier is not null && earlier.RenderedHash.AsSpan().SequenceEqual(hash)
                ? (WithoutText(page, earlier.Finished.Anchors), earlier.File)
                : Finish(page);
            staged[index] = new StagedPage(jobs[index], reads.All, hash, finished, file, TakenOver: null);
        });
        return staged.Select(s => s!).ToList();
    }

    private (FinishedPage, OutputFile) Finish(RenderedPage page)
    {
        var (file, anchors) = finisher.FinishToFile(page);
        return (WithoutText(page, anchors), file);
    }

    /// <summary>A staged page's HTML is kept only as its file's bytes: holding the text as well would keep every page
    /// in memory twice more (UTF-16), until the build ends.</summary>
    private static FinishedPage WithoutText(RenderedPage page, PageAnchors anchors) => new(page with { Html = string.Empty }, anchors);

    private static bool CanTakeOver(PageRecord earlier, PageJob job, SiteChanges changes) =>
        ReferenceEquals(earlier.Job.Source, job.Source)
        && earlier.Job.Component == job.Component
        && earlier.Job.Language == job.Language
        && earlier.Job.InSitemap == job.InSitemap
        && SameTranslations(earlier.Job, job)
        && !earlier.Reads.Any(changes.Changed);

    public static bool SameTranslations(PageJob a, PageJob b) =>
        a.Translations.Count == b.Translations.Count
        && a.Translations.All(t => b.Translations.TryGetValue(t.Key, out var url) && url == t.Value);
}

/// <param name="TakenOver">The earlier build's record when the page was taken over whole (not rendered).</param>
internal sealed record StagedPage(PageJob Job, IReadOnlyCollection<SiteRead> Reads, byte[] RenderedHash, FinishedPage Finished, OutputFile File, PageRecord? TakenOver);
