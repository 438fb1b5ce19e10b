using IntegritySite.Site.Content.Ita;
using System.Diagnostics;
using AngleSharp.Html.Parser;
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
/// </summary>
/// <param name="kinds">The content kinds (default: the site's own, <see cref="ContentKinds.Default"/>); tests add their own.</param>
public sealed class SiteBuilder(IReadOnlyList<ContentKind>? kinds = null)
{
    private readonly MarkdownRenderer _markdown = new();
    private readonly IReadOnlyList<ContentKind> _kinds = kinds ?? ContentKinds.Default;

    /// <summary>ITA years to assess instead of site.yml's (<c>check --year 2569</c>).</summary>
    public IReadOnlyList<int>? AssessYears { get; init; }

    /// <param name="today">The day the site is built for (default: today in Thailand); tests pass a fixed day.</param>
    public async Task<BuildResult> BuildAsync(SiteSource source, IProgress<string>? progress = null, DateOnly? today = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Read(source, diagnostics);
        if (config is null)
        {
            return new BuildResult([], diagnostics.ToSortedList(), null, clock.Elapsed);
        }

        var ita = ItaInput.Read(source, config, today ?? ThaiDates.TodayInThailand(), diagnostics, AssessYears);
        config = config with { ItaYears = ita.Published.Select(c => c.Year).ToList() };
        var documents = new ContentLoader(_markdown, _kinds.Select(k => k.Reader), ita.IsPublished ? ita.Codes : null).Load(source, config, diagnostics);
        var itaLinks = LinkEvidenceReader.Read(source, ita.Codes, ita.Tags, diagnostics);
        var statistics = ComplaintStatisticsReader.Read(source, FiscalWindows.Of(config), diagnostics);
        HolidaysReader.Read(source, today ?? ThaiDates.TodayInThailand(), diagnostics);
        ModelValidator.Validate(documents, _kinds.Select(k => k.Folder), diagnostics);
        ComplaintStatisticsReader.CheckPages(source, documents, diagnostics);
        var thaiWords = ThaiWordListReader.Read(source, diagnostics);
        progress?.Report($"read {documents.Count} content files");
        if (diagnostics.HasErrors)
        {
            return new BuildResult([], diagnostics.ToSortedList(), null, clock.Elapsed);
        }

        var site = new SiteModel(config, documents) { ComplaintStatistics = statistics, BuiltOn = today ?? ThaiDates.TodayInThailand(), ItaLabels = ita.Labels(documents) };
        await using var renderer = new PageRenderer();
        var coverage = ita.Coverage(site, itaLinks);
        CoverageDiagnostics.Report(coverage, ita.Tags, config.ItaMissingIsError, diagnostics);
        var views = new PageViews(site, _kinds.Select(k => k.Listing?.Link).OfType<SectionLink>().ToList());
        var rendered = (await new PageBuilder(renderer, _kinds).BuildAsync(views))
            .Concat(await new ItaPageBuilder(renderer).BuildAsync(views, coverage))
            .OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        progress?.Report($"rendered {rendered.Count} pages");

        using var segmenter = new ThaiSegmenter(thaiWords);
        var lineBreaks = new ThaiLineBreaks(segmenter);
        var parser = new HtmlParser();
        var parsed = rendered.AsParallel().AsOrdered().Select(p =>
        {
            var dom = parser.ParseDocument(p.Html);
            return new ParsedPage(lineBreaks.Apply(dom) ? p with { Html = ThaiLineBreaks.Serialize(dom) } : p, dom);
        }).ToList();
        var pages = parsed.Select(p => p.Page).ToList();
        progress?.Report("broke Thai lines between words");

        var files = new List<OutputFile>();
        files.AddRange(pages.Select(p => OutputFile.Text(p.FilePath, p.Html)));
        files.AddRange(site.Languages.Select(l => AtomFeedWriter.Write(site, l)));
        files.Add(SitemapWriter.Write(config, pages));
        files.Add(SitemapWriter.Robots(config));
        files.Add(MeasuresOpenData.Json(site));
        files.Add(MeasuresOpenData.Csv(site));
        files.AddRange(StaticAssets.All(source));
        files.Add(StaticWebAppConfig.Write(site.Documents.OfType<Page>()
            .Where(p => p.Layout is PageLayout.ComplaintForm or PageLayout.ComplaintStatus).Select(Routes.Of)));
        files.Add(AdminPage.Write(config.Name.Th));
        files.Add(DecapConfig.Write(config, _kinds.Select(EditorCollectionOf).ToList()));
        if (coverage.Count > 0)
        {
            files.Add(OutputFile.Text(CoverageJson.SitePath, CoverageJson.Write(coverage, site)));
        }

        LinkChecker.Check(parsed, files.Where(f => !f.IsHtml).Select(f => f.Path).ToList(), diagnostics);
        progress?.Report("checked links");

        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new BuildResult(ordered, diagnostics.ToSortedList(), site, clock.Elapsed) { Coverage = coverage };
    }

    /// <summary>A kind in the staff editor, named as in the menu (pages, which have no listing, by their folder).</summary>
    private static EditorCollection EditorCollectionOf(ContentKind kind) =>
        new(kind.Reader, kind.Listing?.Link.LabelIn(Language.Th) ?? EditorLabels.ForKey(kind.Folder));
}
