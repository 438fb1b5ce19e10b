using Icu;

namespace IntegritySite.Site.Typography;

/// <summary>
/// Splits Thai text into words: ICU's dictionary-based word break iterator (ICU4C through icu.net), never inside a term
/// of the project's word list. Also models where a browser would break a line
/// (ICU's line break iterator, which Chromium, Safari and Android's WebView use too). Safe to share between threads.
/// </summary>
public sealed class ThaiSegmenter : IDisposable
{
    private readonly ThaiWordList _words;
    private readonly ThreadLocal<BreakIterator> _wordIterator;
    private readonly ThreadLocal<BreakIterator> _lineIterator;

    /// <summary>ICU, loaded on first use, so a machine without it gets this message rather than a type load error.</summary>
    private static readonly Lazy<Locale> Thai = new(() =>
    {
        try
        {
            Wrapper.Init();
            return new Locale("th");
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Thai word breaking needs the ICU library, libicu (Debian: libicu72; scripts/setup.sh installs it): {e.GetBaseException().Message}", e);
        }
    });

    public ThaiSegmenter(ThaiWordList words)
    {
        _words = words;
        var thai = Thai.Value;
        _wordIterator = new(() => BreakIterator.CreateWordInstance(thai), trackAllValues: true);
        _lineIterator = new(() => BreakIterator.CreateLineInstance(thai), trackAllValues: true);
    }

    /// <summary>The Thai words of a text (which may hold other scripts too), left to right.</summary>
    public IReadOnlyList<ThaiWord> Words(string text)
    {
        var words = new List<ThaiWord>();
        var i = 0;
        while (i < text.Length)
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
            AddRun(text, i, end, words);
            i = end;
        }
        return words;
    }

    /// <summary>Every offset at which ICU's line breaker allows a line to end (0 and the text's length excluded).</summary>
    public IReadOnlyList<int> LineBreaks(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var iterator = _lineIterator.Value!;
        iterator.SetText(text);
        var breaks = new List<int>();
        for (var b = iterator.MoveFirst(); b != BreakIterator.DONE; b = iterator.MoveNext())
        {
            if (b > 0 && b < text.Length)
            {
                breaks.Add(b);
            }
        }
        return breaks;
    }

    /// <summary>ICU's words of one run of Thai, joined where a term of the word list spans their boundary.</summary>
    private void AddRun(string text, int start, int end, List<ThaiWord> words)
    {
        var run = text[start..end];
        var kept = new bool[run.Length + 1];
        var listed = new bool[run.Length + 1];
        foreach (var term in _words.Find(run))
        {
            listed[term.Start.Value] = true;
            for (var i = term.Start.Value + 1; i < term.End.Value; i++)
            {
                kept[i] = true;
            }
        }
        var boundary = new bool[run.Length + 1];
        var iterator = _wordIterator.Value!;
        iterator.SetText(run);
        for (var b = iterator.MoveFirst(); b != BreakIterator.DONE; b = iterator.MoveNext())
        {
            boundary[b] = true;
        }
        var wordStart = 0;
        var holdsTerm = false;
        for (var i = 0; i < run.Length; i++)
        {
            holdsTerm |= listed[i];
            var b = i + 1;
            if (b == run.Length || (boundary[b] && !kept[b]))
            {
                words.Add(new ThaiWord(start + wordStart, start + b, holdsTerm));
                wordStart = b;
                holdsTerm = false;
            }
        }
    }

    public void Dispose()
    {
        foreach (var iterator in _wordIterator.Values.Concat(_lineIterator.Values))
        {
            iterator.Dispose();
        }
        _wordIterator.Dispose();
        _lineIterator.Dispose();
    }
}
