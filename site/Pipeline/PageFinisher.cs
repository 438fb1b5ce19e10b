using AngleSharp.Html.Parser;
using IntegritySite.Site.Checks;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// Post-render stage, one page at a time: Thai line breaks applied, the ids and links the check needs taken, the DOM
/// dropped. Pure per page (the same rendered page always finishes the same way), so a page can be finished alone when
/// only it changed. Safe to share between threads.
/// </summary>
public sealed class PageFinisher(ThaiSegmenter segmenter)
{
    private readonly ThaiLineBreaks _lineBreaks = new(segmenter);
    private readonly HtmlParser _parser = new();

    public FinishedPage Finish(RenderedPage page)
    {
        var dom = _parser.ParseDocument(page.Html);
        var html = _lineBreaks.Apply(dom) ? ThaiLineBreaks.Serialize(dom) : page.Html;
        return new FinishedPage(page with { Html = html }, PageAnchors.Of(dom));
    }

    /// <summary>Every page, on every core, in the order given.</summary>
    public IReadOnlyList<FinishedPage> FinishAll(IReadOnlyList<RenderedPage> pages) =>
        pages.AsParallel().AsOrdered().Select(Finish).ToList();
}
