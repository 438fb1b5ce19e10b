using System.Collections.Concurrent;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace IntegritySite.Site.Typography;

/// <summary>
/// Post-render stage: leaves the browser only word-boundary break opportunities in a page's Thai text. In every text
/// node of the body (not in code, scripts, form values or SVG) it wraps each word the browser would break inside, and
/// each word of the project's word list, in <c>&lt;span class="w"&gt;</c> (no-wrap, site.css). The characters are
/// unchanged (no invisible joiner is added): screen readers, copy and paste, find-in-page and the search index read
/// the same text as before.
/// </summary>
public sealed class ThaiLineBreaks(ThaiSegmenter segmenter)
{
    /// <summary>The class of the no-wrap span around a word (site.css: <c>.w { white-space: nowrap }</c>).</summary>
    public const string WordClass = "w";

    /// <summary>Elements whose text is left exactly as written: code, raw text, form values, and SVG/MathML (where a
    /// span is not HTML and a chart lays out its own labels).</summary>
    public const string UntouchedElements = "code, pre, kbd, samp, var, script, style, textarea, option, select, template, svg, math";

    /// <summary>Texts up to this long are remembered with their words kept whole: the menu, footer and form texts
    /// repeat on every page (one build's worth). A paragraph rarely repeats, and is not kept.</summary>
    private const int RememberedTextLength = 256;

    private readonly ConcurrentDictionary<string, ThaiWord[]> _keptWhole = new(StringComparer.Ordinal);
    private readonly ThreadLocal<List<ThaiWord>> _words = new(() => []);

    /// <summary>Changes the document in place; false when it needed no change. For HTML that
    /// <see cref="GeneratedHtml"/> cannot read (the templates and Markdig never write it); the same result.</summary>
    public bool Apply(IHtmlDocument document)
    {
        var changed = false;
        foreach (var text in TextNodes(document))
        {
            var keptWhole = WordsToKeepWhole(text.Data);
            if (keptWhole.Length > 0)
            {
                Replace(document, text, keptWhole);
                changed = true;
            }
        }
        return changed;
    }

    private static List<IText> TextNodes(IHtmlDocument document)
    {
        var untouched = document.Body is null ? [] : document.Body.QuerySelectorAll(UntouchedElements).ToHashSet();
        return document.Body?.Descendants<IText>()
            .Where(t => t.Data.Any(ThaiScript.IsThai) && !t.Ancestors<IElement>().Any(untouched.Contains))
            .ToList() ?? [];
    }

    /// <summary>
    /// The words of a text to keep on one line: every word of the word list, whatever the browser's dictionary, and
    /// every other word that a browser's line breaker (ICU's, modelled here) would break inside. Nothing is added
    /// between words: where the browser does not break between two words (before a digit, before ๆ) it follows
    /// Unicode's line breaking rules, which is right. Empty for a text without Thai.
    /// </summary>
    public ThaiWord[] WordsToKeepWhole(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyInRange(ThaiScript.First, ThaiScript.Last))
        {
            return [];
        }
        if (text.Length > RememberedTextLength)
        {
            return Compute(text);
        }
        var remembered = _keptWhole.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!remembered.TryGetValue(text, out var keptWhole))
        {
            keptWhole = Compute(text);
            remembered.TryAdd(text, keptWhole);
        }
        return keptWhole;
    }

    private ThaiWord[] Compute(ReadOnlySpan<char> text)
    {
        var words = _words.Value!;
        words.Clear();
        segmenter.Words(text, words);
        words.RemoveAll(w => !w.Listed && !w.LineBreakInside);
        return [.. words];
    }

    /// <summary>The text node becomes text and a no-wrap span around each word kept whole.</summary>
    private static void Replace(IDocument document, IText text, ThaiWord[] keptWhole)
    {
        var data = text.Data;
        var parent = text.Parent!;
        var position = 0;
        foreach (var word in keptWhole)
        {
            if (word.Start > position)
            {
                parent.InsertBefore(document.CreateTextNode(data[position..word.Start]), text);
            }
            var span = document.CreateElement("span");
            span.ClassName = WordClass;
            span.TextContent = data[word.Start..word.End];
            parent.InsertBefore(span, text);
            position = word.End;
        }
        if (data.Length > position)
        {
            parent.InsertBefore(document.CreateTextNode(data[position..]), text);
        }
        parent.RemoveChild(text);
    }

    /// <summary>AngleSharp's HTML5 serializer; the doctype keeps its own line, as the templates write it.</summary>
    public static string Serialize(IHtmlDocument document) =>
        (document.Doctype is null ? "" : "<!DOCTYPE html>\n") + document.DocumentElement.OuterHtml;
}
