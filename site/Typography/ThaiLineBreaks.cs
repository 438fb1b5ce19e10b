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

    /// <summary>The words kept whole per text: the menu, footer and form texts repeat on every page (one build's worth).</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<ThaiWord>> _keptWhole = new(StringComparer.Ordinal);

    /// <summary>Changes the document in place; false when it needed no change.</summary>
    public bool Apply(IHtmlDocument document)
    {
        var changed = false;
        foreach (var text in TextNodes(document))
        {
            var keptWhole = _keptWhole.GetOrAdd(text.Data, WordsToKeepWhole);
            if (keptWhole.Count > 0)
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
    /// The words to keep on one line: every word of the word list, whatever the browser's dictionary, and every other
    /// word that a browser's line breaker (ICU's, modelled here) would break inside. Nothing is added between words:
    /// where the browser does not break between two words (before a digit, before ๆ) it follows Unicode's line
    /// breaking rules, which is right.
    /// </summary>
    private IReadOnlyList<ThaiWord> WordsToKeepWhole(string text)
    {
        var words = segmenter.Words(text);
        if (words.Count == 0)
        {
            return [];
        }
        var browserBreaks = new bool[text.Length + 1];
        foreach (var b in segmenter.LineBreaks(text))
        {
            browserBreaks[b] = true;
        }
        return words.Where(w => w.Listed || Enumerable.Range(w.Start + 1, w.Length - 1).Any(i => browserBreaks[i])).ToList();
    }

    /// <summary>The text node becomes text and a no-wrap span around each word kept whole.</summary>
    private static void Replace(IDocument document, IText text, IReadOnlyList<ThaiWord> keptWhole)
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
