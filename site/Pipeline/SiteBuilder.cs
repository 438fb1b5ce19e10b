using System.Diagnostics;
using IntegritySite.Site.Checks;
using IntegritySite.Site.Content;
using IntegritySite.Site.Derive;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Ita;
using IntegritySite.Site.Markdown;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Outputs.Editor;
using IntegritySite.Site.Pipeline.Kinds;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Rendering.Ita;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// The whole pipeline, in memory: load → parse → validate → model → render → check. Writing to disk is a separate step
/// (<see cref="Publishing.OutputPublisher"/>), so a failed build never touches the published site.
/// Given the <see cref="BuildState"/> of an earlier build, it redoes only what the changed files affect (`serve`);
/// the result is the same, byte for byte, as a build without it (tests/Site.Tests/IncrementalBuildTests).
/// </summary>
/// <param name="kinds">The content kinds (default: the site's own, <see cref="ContentKinds.Default"/>); tests add their own.</param>
public sealed class SiteBuilder(IReadOnlyList<ContentKind>? kinds = null)
{
    private readonly MarkdownRenderer _markdown = new();
    private readonly IReadOnlyList<ContentKind> _kinds = kinds ?? ContentKinds.Default;

    /// <summary>ITA years to assess instead of site.yml's (<c>check --year 2569</c>).</summary>
    public IReadOnlyList<int>? AssessYears { get; init; }

    /// <param name="today">The day the site is built for (default: today in Thailand); tests pass a fixed day.</param>
    /// <param name="before">The state of an earlier successful build (its <see cref="BuildResult.State"/>); null: build everything.</param>
    public async Task<BuildResult> BuildAsync(SiteSource source, IProgress<string>? progress = null, DateOnly? today = null, BuildState? before = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var day = today ?? ThaiDates.TodayInThailand();
        if (before is not null && !SameSettings(before, source, day))
        {
            before = null;
        }

        SiteInputs? inputs;
        if (before is not null)
        {
            inputs = before.Inputs;
            inputs.Report(diagnostics);
        }
        else
        {
            inputs = SiteInputs.Read(source, day, AssessYears, diagnostics);
        }
        if (inputs is null)
        {
            return new BuildResult([], diagnostics.ToSortedList(), null, clock.Elapsed) { State = before };
        }
        progress?.Report("read settings, ITA lists and data");
        var (config, ita) = (inputs.Config, inputs.Ita);
        var content = Loader(inputs).Load(source, config, diagnostics, before?.Content);
        var documents = content.Documents;
        if (diagnostics.HasErrors)
        {
            // Every error of the build together: the checks across files too.
            CheckAcrossFiles(source, documents, diagnostics);
            return new BuildResult([], diagnostics.ToSortedList(), null, clock.Elapsed) { State = before };
        }
        // The checks across files run on the other core while the site is modelled: that needs only loaded documents,
        // and nothing modelled is used before the checks have passed (an edit in `serve` waits on both: 4,000 pages,
        // about 4 ms each).
        var acrossFiles = new DiagnosticBag();
        var checking = Task.Run(() => CheckAcrossFiles(source, documents, acrossFiles));
        Modelled? modelled = null;
        Exception? modelFailure = null;
        try
        {
            modelled = Model(inputs, content, day, before);
        }
        catch (Exception ex)
        {
            modelFailure = ex; // content that fails the checks may not model; the checks' errors say why
        }
        await checking;
        foreach (var problem in acrossFiles.ToSortedList())
        {
            diagnostics.Add(problem);
        }
        progress?.Report($"read {documents.Count} content files");
        if (diagnostics.HasErrors)
        {
            return new BuildResult([], diagnostics.ToSortedList(), null, clock.Elapsed) { State = before };
        }
        if (modelFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(modelFailure);
        }
        var (site, coverage, views, changes, jobs) = modelled!;
        CoverageDiagnostics.Report(coverage, ita.Tags, config.ItaMissingIsError, diagnostics);
        progress?.Report($"modelled the site and its ITA coverage: {jobs.Count} pages");

        // The site's other files need only the model: made on another core while the pages render (a cold build's
        // feeds, open data and settings files were a serial step after the render stage).
        var coverageUnchanged = changes is not null && !changes.Changed(SiteRead.ItaCoverage);
        var makingSiteFiles = Task.Run(() => MakeSiteFiles(source, site, coverage, changes is null ? null : before, coverageUnchanged));
        IReadOnlyList<StagedPage> staged;
        await using (var renderer = new PageRenderer())
        {
            using var segmenter = new ThaiSegmenter(inputs.ThaiWords);
            staged = await new RenderStage(renderer, new PageFinisher(segmenter)).RunAsync(jobs, views, before, changes);
        }
        var rendered = staged.Where(s => s.TakenOver is null).Select(s => s.Job.Url).ToList();
        progress?.Report($"rendered {rendered.Count} of {staged.Count} pages, Thai lines broken between words");

        var siteFiles = await makingSiteFiles;
        var files = siteFiles.All.ToList();
        var pages = staged.Select(s => s.Finished.Page).ToList();
        var sitemap = changes is not null && SamePageList(before!, staged) ? before!.Sitemap : SitemapWriter.Write(config, pages);
        files.Add(sitemap);
        var otherFiles = files.Select(f => "/" + f.Path).ToHashSet(StringComparer.Ordinal);
        progress?.Report("wrote feeds, sitemap and open data");

        var (records, idsByUrl) = CheckLinks(staged, otherFiles, before, changes is not null, diagnostics);
        progress?.Report("checked links");

        files.AddRange(records.Values.Select(r => r.File));
        var ordered = files.ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var state = new BuildState
        {
            Source = source, Kinds = _kinds, Today = day, AssessYears = AssessYears, Inputs = inputs, Content = content,
            Model = site, Views = views, Coverage = coverage, Pages = records, OtherFiles = otherFiles, IdsByUrl = idsByUrl,
            Sitemap = sitemap, SiteFiles = siteFiles,
        };
        return new BuildResult(ordered, diagnostics.ToSortedList(), site, clock.Elapsed) { Coverage = coverage, State = state, Rendered = rendered };
    }

    /// <param name="before">The last build when this one is incremental: what shows the same is taken over from it.</param>
    private SiteFiles MakeSiteFiles(SiteSource source, SiteModel site, IReadOnlyList<YearCoverage> coverage, BuildState? before, bool coverageUnchanged)
    {
        var config = site.Config;
        // Taken over while what they show is the same objects: the newest announcements (feeds carry their bodies),
        // the measures (open data), the settings (everything else here).
        var feeds = site.Languages.ToDictionary(l => l, l =>
            before is not null && before.SiteFiles.Feeds.TryGetValue(l, out var feed) && SameObjects(before.Model.Announcements(l).Take(AtomFeedWriter.Entries), site.Announcements(l).Take(AtomFeedWriter.Entries))
                ? feed
                : AtomFeedWriter.Write(site, l));
        var openData = before is not null && site.Languages.All(l => SameObjects(before.Model.Measures(l), site.Measures(l)))
            ? before.SiteFiles.OpenData
            : [MeasuresOpenData.Json(site), MeasuresOpenData.Csv(site)];
        var settingsFiles = before is not null
            ? before.SiteFiles.SettingsFiles
            : [SitemapWriter.Robots(config), .. StaticAssets.All(source), AdminPage.Write(config.Name.Th), DecapConfig.Write(config, _kinds.Select(EditorCollectionOf).ToList())];
        var noStoreRoutes = site.Documents.OfType<Page>()
            .Where(p => p.Layout is PageLayout.ComplaintForm or PageLayout.ComplaintStatus).Select(Routes.Of).ToList();
        var hostingConfig = before is not null && before.SiteFiles.NoStoreRoutes.SequenceEqual(noStoreRoutes, StringComparer.Ordinal)
            ? before.SiteFiles.HostingConfig
            : StaticWebAppConfig.Write(noStoreRoutes);
        // The coverage file shows the coverage and the settings (the same in an incremental build).
        var coverageFile = coverage.Count == 0 ? null
            : before?.SiteFiles.CoverageFile is { } earlier && coverageUnchanged ? earlier
            : OutputFile.Text(CoverageJson.SitePath, CoverageJson.Write(coverage, site));
        return new SiteFiles(feeds, openData, settingsFiles, noStoreRoutes, hostingConfig, coverageFile);
    }

    private sealed record Modelled(SiteModel Site, IReadOnlyList<YearCoverage> Coverage, PageViews Views, SiteChanges? Changes, List<PageJob> Jobs);

    private Modelled Model(SiteInputs inputs, LoadedContent content, DateOnly day, BuildState? before)
    {
        var ita = inputs.Ita;
        var documents = content.Documents;
        // An edit that keeps what other pages show of its document (a body, in `serve`) keeps every list as it was.
        var site = Replacements(before, content) is { } replaced
            ? new SiteModel(before!.Model, documents, replaced) { ComplaintStatistics = inputs.Statistics, BuiltOn = day, ItaLabels = before.Model.ItaLabels }
            : new SiteModel(inputs.Config, documents) { ComplaintStatistics = inputs.Statistics, BuiltOn = day, ItaLabels = ita.Labels(documents) };
        var coverage = ita.Coverage(site, inputs.ItaLinks);
        var views = new PageViews(site, _kinds.Select(k => k.Listing?.Link).OfType<SectionLink>().ToList());
        var changes = before is null ? null : new SiteChanges(before, site, views, coverage);
        var jobs = new PageBuilder(_kinds).Jobs(views, changes is null ? null : before).Concat(ItaPageBuilder.Jobs(views, coverage)).ToList();
        return new Modelled(site, coverage, views, changes, jobs);
    }

    /// <summary>
    /// Each document changed since <paramref name="before"/> with the one that replaces it, when every change keeps
    /// the kind, the address and the header key (what other pages show of it, ITA tags and sort keys included); null
    /// when one does not (a new, removed or renamed file, a changed header, a file with errors) or there is no before.
    /// </summary>
    private static Dictionary<ContentDocument, ContentDocument>? Replacements(BuildState? before, LoadedContent content)
    {
        if (before is null || content.Source.ChangedSince(before.Content.Source) is not { } changed)
        {
            return null;
        }
        var replaced = new Dictionary<ContentDocument, ContentDocument>(ReferenceEqualityComparer.Instance);
        foreach (var path in changed)
        {
            if (before.Content.Files.GetValueOrDefault(path)?.Document is not { } old
                || content.Files.GetValueOrDefault(path)?.Document is not { } now)
            {
                return null;
            }
            if (ReferenceEquals(old, now))
            {
                continue;
            }
            if (old.GetType() != now.GetType() || old.Url != now.Url || !ContentDocument.SameHeader(old, now))
            {
                return null;
            }
            replaced[old] = now;
        }
        return replaced;
    }

    /// <summary>Unique addresses and numbers, translations that agree with their originals, statistics pages with their data.</summary>
    private void CheckAcrossFiles(SiteSource source, IReadOnlyList<ContentDocument> documents, DiagnosticBag diagnostics)
    {
        ModelValidator.Validate(documents, _kinds.Select(k => k.Folder), diagnostics);
        ComplaintStatisticsReader.CheckPages(source, documents, diagnostics);
    }

    /// <summary>
    /// Links of every page against every page's ids and the other files. When the targets are as before (the same
    /// pages with the same ids, the same files), a page taken over keeps its earlier findings and only the rest are checked.
    /// </summary>
    private static (Dictionary<string, PageRecord> Records, IReadOnlyDictionary<string, IReadOnlySet<string>> IdsByUrl) CheckLinks(
        IReadOnlyList<StagedPage> staged, IReadOnlySet<string> otherFiles, BuildState? before, bool incremental, DiagnosticBag diagnostics)
    {
        var sameTargets = incremental && before is not null
            && before.OtherFiles.SetEquals(otherFiles)
            && before.Pages.Count == staged.Count
            && staged.All(s => s.TakenOver is not null || (before.Pages.TryGetValue(s.Job.Url, out var earlier)
                && (ReferenceEquals(earlier.Finished.Anchors.Ids, s.Finished.Anchors.Ids) || earlier.Finished.Anchors.Ids.SetEquals(s.Finished.Anchors.Ids))));
        // The same pages with the same ids: the earlier table answers for this build too.
        var idsByUrl = sameTargets ? before!.IdsByUrl : staged.ToDictionary(s => s.Finished.Page.Url, s => s.Finished.Anchors.Ids, StringComparer.Ordinal);
        // Each page is checked alone against the shared tables, so on every core; the findings are added in page order.
        var problemsOf = new IReadOnlyList<Diagnostic>[staged.Count];
        Parallel.For(0, staged.Count, i =>
        {
            var page = staged[i];
            if (sameTargets && page.TakenOver is { } earlier)
            {
                problemsOf[i] = earlier.LinkProblems;
                return;
            }
            var bag = new DiagnosticBag();
            LinkChecker.Check(page.Finished, idsByUrl, otherFiles, bag);
            problemsOf[i] = bag.ToSortedList();
        });
        var records = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        for (var i = 0; i < staged.Count; i++)
        {
            var page = staged[i];
            foreach (var problem in problemsOf[i])
            {
                diagnostics.Add(problem);
            }
            records[page.Job.Url] = new PageRecord(page.Job, page.Reads, page.RenderedHash, page.Finished, page.File, problemsOf[i]);
        }
        return (records, idsByUrl);
    }

    /// <summary>The same pages at the same addresses with the same translations as before: the sitemap is the same.</summary>
    private static bool SamePageList(BuildState before, IReadOnlyList<StagedPage> staged) =>
        before.Pages.Count == staged.Count
        && staged.All(s => s.TakenOver is not null
            || (before.Pages.TryGetValue(s.Job.Url, out var earlier) && earlier.Job.InSitemap == s.Job.InSitemap && RenderStage.SameTranslations(earlier.Job, s.Job)));

    private static bool SameObjects<T>(IEnumerable<T> a, IEnumerable<T> b) where T : class => a.SequenceEqual(b, ReferenceEqualityComparer.Instance);

    /// <summary>An earlier state can be used only for the same kinds, day and years, and the same input files besides
    /// the content files (site.yml, ITA lists, data, holidays, word list, files/).</summary>
    private bool SameSettings(BuildState before, SiteSource source, DateOnly day)
    {
        if (!before.Kinds.SequenceEqual(_kinds) || before.Today != day || !SameYears(before.AssessYears, AssessYears))
        {
            return false;
        }
        var loader = Loader(before.Inputs);
        if (source.ChangedSince(before.Source) is { } changed)
        {
            return changed.All(loader.IsContentPath);
        }
        var earlier = before.Source.Paths.Where(p => !loader.IsContentPath(p)).ToList();
        var now = source.Paths.Where(p => !loader.IsContentPath(p)).ToList();
        return earlier.SequenceEqual(now, StringComparer.Ordinal)
            && now.All(p => ReferenceEquals(before.Source.ReadBytes(p), source.ReadBytes(p)) || before.Source.ReadBytes(p).AsSpan().SequenceEqual(source.ReadBytes(p)));
    }

    private static bool SameYears(IReadOnlyList<int>? a, IReadOnlyList<int>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);

    private ContentLoader Loader(SiteInputs inputs) =>
        new(_markdown, _kinds.Select(k => k.Reader), inputs.Ita.IsPublished ? inputs.Ita.Codes : null);

    /// <summary>A kind in the staff editor, named as in the menu (pages, which have no listing, by their folder).</summary>
    private static EditorCollection EditorCollectionOf(ContentKind kind) =>
        new(kind.Reader, kind.Listing?.Link.LabelIn(Language.Th) ?? EditorLabels.ForKey(kind.Folder));
}
