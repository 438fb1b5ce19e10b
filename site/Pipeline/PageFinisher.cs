using System.Text;
using AngleSharp.Html.Parser;
using IntegritySite.Site.Checks;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// Post-render stage, one page at a time: Thai line breaks applied, the ids and links the check needs taken. Pure per
/// page (the same rendered page always finishes the same way), so a page can be finished alone when only it changed.
/// Safe to share between threads.
/// </summary>
/// <remarks>
/// One pass over the page's HTML as written (<see cref="GeneratedHtml"/>): each text that needs it gets its no-wrap
/// spans inserted where it stands, and the rest of the page is copied unchanged. A page that pass cannot read is
/// parsed into a DOM instead (AngleSharp) and serialised again: the same spans and anchors (tested).
/// </remarks>
public sealed class PageFinisher(ThaiSegmenter segmenter)
{
    private const string SpanStart = "<span class=\"" + ThaiLineBreaks.WordClass + "\">";
    private const string SpanEnd = "</span>";

    /// <summary>Elements whose text is left as written (<see cref="ThaiLineBreaks.UntouchedElements"/>).</summary>
    private static readonly string[] Untouched = ThaiLineBreaks.UntouchedElements.Split(", ");

    /// <summary>Foreign content: its children are not HTML elements, and a self-closing tag closes.</summary>
    private static readonly string[] Foreign = ["svg", "math"];

    private readonly ThaiLineBreaks _lineBreaks = new(segmenter);
    private readonly HtmlParser _parser = new();
    private readonly ThreadLocal<List<int>> _offsets = new(() => []);

    // Reused per thread: it settles at the size of the largest page, instead of a new buffer per page that grows
    // by copying (Thai-heavy pages gain far more than the real site's 5 % in spans).
    private readonly ThreadLocal<StringBuilder> _output = new(() => new StringBuilder());

    public FinishedPage Finish(RenderedPage page) => FinishInOnePass(page) ?? FinishWithDom(page);

    /// <summary>The same result through a DOM: for HTML the one pass cannot read.</summary>
    internal FinishedPage FinishWithDom(RenderedPage page)
    {
        var dom = _parser.ParseDocument(page.Html);
        var html = _lineBreaks.Apply(dom) ? ThaiLineBreaks.Serialize(dom) : page.Html;
        return new FinishedPage(page with { Html = html }, PageAnchors.Of(dom));
    }

    /// <summary>The page's file and its anchors: the finished text goes from the pass's buffer straight into the
    /// file's UTF-8 bytes, without a string of the whole page in between (a sixth of a build's garbage).</summary>
    internal (OutputFile File, PageAnchors Anchors) FinishToFile(RenderedPage page)
    {
        if (OnePass(page) is not { } pass)
        {
            var finished = FinishWithDom(page);
            return (OutputFile.Text(page.FilePath, finished.Page.Html), finished.Anchors);
        }
        return (pass.Output is null ? OutputFile.Text(page.FilePath, page.Html) : OutputFile.Text(page.FilePath, pass.Output), pass.Anchors);
    }

    /// <summary>Null when the page holds markup <see cref="GeneratedHtml"/> does not read.</summary>
    internal FinishedPage? FinishInOnePass(RenderedPage page) =>
        OnePass(page) is { } pass ? new FinishedPage(page with { Html = pass.Output?.ToString() ?? page.Html }, pass.Anchors) : null;

    /// <param name="Output">The finished page, in this thread's reused buffer; null when the page needs no change.</param>
    private readonly record struct Pass(StringBuilder? Output, PageAnchors Anchors);

    private Pass? OnePass(RenderedPage page)
    {
        var reader = new GeneratedHtml(page.Html);
        var anchors = new PageAnchors.Collector();
        StringBuilder? output = null;
        var copied = 0; // page.Html up to here is in output
        var inBody = false;
        var afterBody = false;
        var untouched = 0; // open elements whose text is left as written
        var foreign = 0;
        while (reader.Read())
        {
            switch (reader.Kind)
            {
                case GeneratedHtml.Token.StartTag:
                    if (!anchors.Add(reader.Name, reader, inForeignContent: foreign > 0))
                    {
                        return null;
                    }
                    if (reader.Name == "body")
                    {
                        inBody = true;
                    }
                    var isForeign = Array.IndexOf(Foreign, reader.Name) >= 0;
                    if (Array.IndexOf(Untouched, reader.Name) >= 0 && !(reader.SelfClosing && (isForeign || foreign > 0)))
                    {
                        if (reader.SelfClosing)
                        {
                            return null; // <code/> opens a code element in HTML: the parser's business
                        }
                        untouched++;
                        foreign += isForeign ? 1 : 0;
                    }
                    break;
                case GeneratedHtml.Token.EndTag:
                    if (Array.IndexOf(Untouched, reader.Name) >= 0)
                    {
                        untouched--;
                        foreign -= Array.IndexOf(Foreign, reader.Name) >= 0 ? 1 : 0;
                        if (untouched < 0 || foreign < 0)
                        {
                            return null;
                        }
                    }
                    if (reader.Name == "body")
                    {
                        (inBody, afterBody) = (false, true);
                    }
                    break;
                case GeneratedHtml.Token.Text when !reader.IsTextOnly:
                    var raw = page.Html.AsSpan(reader.Start, reader.End - reader.Start);
                    if (!inBody || untouched > 0)
                    {
                        // Text outside the body is whitespace in the pages the templates write; other text would be
                        // moved into the body by the parser.
                        if ((!inBody || afterBody) && !raw.IsWhiteSpace())
                        {
                            return null;
                        }
                        break;
                    }
                    if (!raw.ContainsAnyInRange(ThaiScript.First, ThaiScript.Last) && !raw.Contains('&'))
                    {
                        break;
                    }
                    // Most texts hold no character reference: then a word's place in the text is its place in the HTML.
                    List<int>? offsets = null;
                    var text = raw;
                    if (raw.Contains('&'))
                    {
                        offsets = _offsets.Value!;
                        offsets.Clear();
                        if (GeneratedHtml.Decode(raw, offsets) is not { } decoded)
                        {
                            return null;
                        }
                        text = decoded;
                    }
                    var keptWhole = _lineBreaks.WordsToKeepWhole(text);
                    if (keptWhole.Length == 0)
                    {
                        break;
                    }
                    if (output is null)
                    {
                        output = _output.Value!.Clear();
                        output.EnsureCapacity(page.Html.Length + page.Html.Length / 8);
                    }
                    foreach (var word in keptWhole)
                    {
                        var start = reader.Start + (offsets is null ? word.Start : offsets[word.Start]);
                        var end = reader.Start + (offsets is null ? word.End : offsets[word.End]);
                        output.Append(page.Html, copied, start - copied).Append(SpanStart)
                            .Append(page.Html, start, end - start).Append(SpanEnd);
                        copied = end;
                    }
                    break;
            }
        }
        if (reader.Failed || untouched != 0 || !afterBody)
        {
            return null;
        }
        output?.Append(page.Html, copied, page.Html.Length - copied);
        return new Pass(output, anchors.ToAnchors());
    }
}
