using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Icu;
using IntegritySite.Site.Checks;
using IntegritySite.Site.Typography;

namespace IntegritySite.Site.Tests.Typography;

/// <summary>
/// The line-break stage as it was before the one-pass finisher (kept as the oracle of
/// <see cref="PageFinisherEquivalenceTests"/>): icu.net's BreakIterator for words (per run of Thai) and line breaks (per
/// text), the word list joining words, each text node of the body (not in code, pre, …) replaced in the DOM, the
/// document serialised by AngleSharp, the anchors taken from the DOM.
/// </summary>
internal sealed class ReferenceLineBreaks(ThaiWordList list) : IDisposable
{
    private readonly BreakIterator _word = BreakIterator.CreateWordInstance(new Locale("th"));
    private readonly BreakIterator _line = BreakIterator.CreateLineInstance(new Locale("th"));

    public (string Html, PageAnchors Anchors) Finish(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var changed = false;
        var untouched = document.Body!.QuerySelectorAll(ThaiLineBreaks.UntouchedElements).ToHashSet();
        var texts = document.Body.Descendants<IText>()
            .Where(t => t.Data.Any(ThaiScript.IsThai) && !t.Ancestors<IElement>().Any(untouched.Contains)).ToList();
        foreach (var text in texts)
        {
            var keptWhole = KeptWhole(text.Data);
            if (keptWhole.Count == 0)
            {
                continue;
            }
            changed = true;
            var data = text.Data;
            var parent = text.Parent!;
            var position = 0;
            foreach (var (start, end) in keptWhole)
            {
                if (start > position)
                {
                    parent.InsertBefore(document.CreateTextNode(data[position..start]), text);
                }
                var span = document.CreateElement("span");
                span.ClassName = ThaiLineBreaks.WordClass;
                span.TextContent = data[start..end];
                parent.InsertBefore(span, text);
                position = end;
            }
            if (data.Length > position)
            {
                parent.InsertBefore(document.CreateTextNode(data[position..]), text);
            }
            parent.RemoveChild(text);
        }
        return (changed ? ThaiLineBreaks.Serialize(document) : html, PageAnchors.Of(document));
    }

    private List<(int Start, int End)> KeptWhole(string text)
    {
        var words = Words(text);
        var breaks = new bool[text.Length + 1];
        _line.SetText(text);
        for (var b = _line.MoveFirst(); b != BreakIterator.DONE; b = _line.MoveNext())
        {
            breaks[b] = b > 0 && b < text.Length;
        }
        return words.Where(w => w.Listed || Enumerable.Range(w.Start + 1, w.End - w.Start - 1).Any(i => breaks[i]))
            .Select(w => (w.Start, w.End)).ToList();
    }

    private List<(int Start, int End, bool Listed)> Words(string text)
    {
        var words = new List<(int, int, bool)>();
        for (var i = 0; i < text.Length;)
        {
            if (!ThaiScript.IsThai(text[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && ThaiScript.IsThai(text[end]))
            {
                end++;
            }
            var run = text[i..end];
            var kept = new bool[run.Length + 1];
            var listed = new bool[run.Length + 1];
            var terms = new List<Range>();
            list.Find(run, terms);
            foreach (var term in terms)
            {
                listed[term.Start.Value] = true;
                for (var k = term.Start.Value + 1; k < term.End.Value; k++)
                {
                    kept[k] = true;
                }
            }
            var boundary = new bool[run.Length + 1];
            _word.SetText(run);
            for (var b = _word.MoveFirst(); b != BreakIterator.DONE; b = _word.MoveNext())
            {
                boundary[b] = true;
            }
            var wordStart = 0;
            var holdsTerm = false;
            for (var k = 0; k < run.Length; k++)
            {
                holdsTerm |= listed[k];
                var b = k + 1;
                if (b == run.Length || (boundary[b] && !kept[b]))
                {
                    words.Add((i + wordStart, i + b, holdsTerm));
                    wordStart = b;
                    holdsTerm = false;
                }
            }
            i = end;
        }
        return words;
    }

    public void Dispose()
    {
        _word.Dispose();
        _line.Dispose();
    }
}
