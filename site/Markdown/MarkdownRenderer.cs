using IntegritySite.Site.Model;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IntegritySite.Site.Markdown;

/// <summary>
/// Markdown → HTML with Thai-safe heading ids and every link recorded at its source line.
/// Raw HTML in content is not rendered: staff write Markdown, and the pages stay valid and accessible.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <param name="firstLine">The file line the Markdown starts on, so reported lines are the file's.</param>
    public RenderedMarkdown Render(string markdown, string path, int firstLine)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RenderedMarkdown.Empty;
        }

        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        AssignHeadingIds(document);
        LabelTables(document);
        var gaps = MarkGaps(document, path, firstLine);
        var links = document.Descendants<LinkInline>()
            .Where(link => !string.IsNullOrEmpty(link.Url))
            .Select(link => new SourceLink(link.Url!, path, firstLine + link.Line, link.Column + 1))
            .ToList();
        return new RenderedMarkdown(document.ToHtml(_pipeline), links) { Gaps = gaps };
    }

    /// <summary>Renders one line of front-matter text (a step, a note) as inline Markdown without a paragraph.</summary>
    public string RenderInline(string text) => Markdig.Markdown.ToHtml(text, _pipeline).Trim() switch
    {
        var html when html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) => html[3..^4],
        var html => html,
    };

    /// <summary>
    /// A table written in Markdown becomes a stack-table like the generator's own: on a phone each row is a card whose
    /// values carry their column's heading (data-label), so a four-column table no longer scrolls sideways at 360 px.
    /// </summary>
    private static void LabelTables(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            table.GetAttributes().AddClass("stack-table");
            var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
            var heads = rows.FirstOrDefault(r => r.IsHeader)?.OfType<Markdig.Extensions.Tables.TableCell>().Select(PlainText).ToList() ?? [];
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().ToList();
                for (var i = 0; i < cells.Count && i < heads.Count; i++)
                {
                    if (heads[i].Length > 0)
                    {
                        cells[i].GetAttributes().AddProperty("data-label", heads[i]);
                    }
                }
            }
        }
    }

    private static List<ContentGap> MarkGaps(MarkdownDocument document, string path, int firstLine)
    {
        var gaps = new List<ContentGap>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (StartsWithMarker(paragraph))
            {
                paragraph.GetAttributes().AddClass("content-gap");
                gaps.Add(new ContentGap(path, firstLine + paragraph.Line, PlainText(paragraph)));
            }
        }
        return gaps;
    }

    /// <summary>Whether the paragraph's text starts with a gap marker, reading only its first characters after the
    /// leading white space (every paragraph of every page is asked; only a few are gaps).</summary>
    private static bool StartsWithMarker(ParagraphBlock paragraph)
    {
        Span<char> start = stackalloc char[MarkerReach];
        var length = 0;
        foreach (var literal in paragraph.Inline?.Descendants<LiteralInline>() ?? [])
        {
            var text = literal.Content.AsSpan();
            if (length == 0)
            {
                text = text.TrimStart();
            }
            var take = Math.Min(text.Length, MarkerReach - length);
            text[..take].CopyTo(start[length..]);
            length += take;
            if (length == MarkerReach)
            {
                break;
            }
        }
        var read = start[..length];
        foreach (var marker in ContentGap.Markers)
        {
            if (read.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Longer than any marker.</summary>
    private const int MarkerReach = 64;

    private static string PlainText(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim(),
        ContainerBlock container => string.Join(" ", container.Select(PlainText)).Trim(),
        _ => "",
    };

    private static void AssignHeadingIds(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
            heading.GetAttributes().Id = HeadingIds.Unique(HeadingIds.Slugify(text), used);
        }
    }
}
