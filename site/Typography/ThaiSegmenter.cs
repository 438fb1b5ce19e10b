using System.Collections.Concurrent;

namespace IntegritySite.Site.Typography;

/// <summary>
/// Splits Thai text into words: ICU's dictionary-based word break iterator (ICU4C, <see cref="IcuBreaks"/>), never
/// inside a term of the project's word list. Also models where a browser would break a line
/// (ICU's line break iterator, which Chromium, Safari and Android's WebView use too). Safe to share between threads.
/// </summary>
/// <remarks>
/// Both iterators run over one run of Thai at a time, and a run's words are remembered: a run is mostly a word or a
/// phrase, repeated across pages (ICU's dictionary work was a quarter of a build's CPU when the line breaker read
/// every paragraph whole). Inside a run of Thai letters ICU's line rules add no break of their own, only its
/// dictionary's, which sees the run alone; tests/Site.Tests/Typography compares with the line breaker over whole texts.
/// </remarks>
public sealed class ThaiSegmenter : IDisposable
{
    /// <summary>Runs of Thai longer than this are not remembered (a run is the text between two spaces, or other
    /// non-Thai characters: most are a word or a phrase, and repeat across pages).</summary>
    private const int RememberedRunLength = 256;

    /// <summary>At most this many runs are remembered (some 25 MB at the longest), so a site of many different long
    /// phrases stays bounded.</summary>
    private const int RememberedRuns = 50_000;

    private readonly ThaiWordList _words;
    private readonly ThreadLocal<IcuBreaks> _wordIterator;
    private readonly ThreadLocal<IcuBreaks> _lineIterator;
    private readonly ThreadLocal<List<int>> _boundaries = new(() => []);
    private readonly ThreadLocal<List<int>> _lineBreaks = new(() => []);
    private readonly ThreadLocal<List<Range>> _terms = new(() => []);

    /// <summary>The words of one run of Thai, by offsets into the run. The words of a run depend on the run alone.</summary>
    private readonly ConcurrentDictionary<string, ThaiWord[]> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ThaiWord[]>.AlternateLookup<ReadOnlySpan<char>> _runsBySpan;

    public ThaiSegmenter(ThaiWordList words)
    {
        _words = words;
        _wordIterator = new(() => new IcuBreaks(IcuBreaks.Kind.Word), trackAllValues: true);
        _lineIterator = new(() => new IcuBreaks(IcuBreaks.Kind.Line), trackAllValues: true);
        _runsBySpan = _runs.GetAlternateLookup<ReadOnlySpan<char>>();
        _ = _wordIterator.Value; // ICU is loaded now, so a machine without it fails here with the message
    }

    /// <summary>The Thai words of a text (which may hold other scripts too), left to right.</summary>
    public IReadOnlyList<ThaiWord> Words(string text)
    {
        var words = new List<ThaiWord>();
        Words(text, words);
        return words;
    }

    /// <summary>Adds the Thai words of a text to <paramref name="into"/>, left to right.</summary>
    public void Words(ReadOnlySpan<char> text, List<ThaiWord> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAnyInRange(ThaiScript.First, ThaiScript.Last);
            if (next < 0)
            {
                return;
            }
            i += next;
            var length = text[i..].IndexOfAnyExceptInRange(ThaiScript.First, ThaiScript.Last);
            var end = length < 0 ? text.Length : i + length;
            foreach (var word in WordsOfRun(text[i..end]))
            {
                into.Add(word with { Start = i + word.Start, End = i + word.End });
            }
            i = end;
        }
    }

    private ThaiWord[] WordsOfRun(ReadOnlySpan<char> run)
    {
        if (run.Length > RememberedRunLength)
        {
            return SplitRun(run);
        }
        if (_runsBySpan.TryGetValue(run, out var words))
        {
            return words;
        }
        words = SplitRun(run);
        if (_runs.Count < RememberedRuns)
        {
            _runsBySpan.TryAdd(run, words);
        }
        return words;
    }

    /// <summary>ICU's words of one run of Thai, joined where a term of the word list spans their boundary, each with
    /// whether ICU's line breaker would break inside it.</summary>
    private ThaiWord[] SplitRun(ReadOnlySpan<char> run)
    {
        // kept[i]: no word boundary at i (inside a term); listed[i]: a term starts at i.
        Span<bool> flags = run.Length <= 256 ? stackalloc bool[2 * (run.Length + 1)] : new bool[2 * (run.Length + 1)];
        flags.Clear();
        var kept = flags[..(run.Length + 1)];
        var listed = flags[(run.Length + 1)..];
        var terms = _terms.Value!;
        terms.Clear();
        _words.Find(run, terms);
        var anyTerm = terms.Count > 0;
        foreach (var term in terms)
        {
            listed[term.Start.Value] = true;
            kept[(term.Start.Value + 1)..term.End.Value].Fill(true);
        }
        var boundaries = _boundaries.Value!;
        boundaries.Clear();
        _wordIterator.Value!.Boundaries(run, 0, boundaries);
        boundaries.Add(run.Length);

        var lineBreaks = _lineBreaks.Value!;
        lineBreaks.Clear();
        _lineIterator.Value!.Boundaries(run, 0, lineBreaks);

        var words = new List<ThaiWord>(boundaries.Count);
        var wordStart = 0;
        var nextLineBreak = 0; // the first line break after the start of the current word
        foreach (var b in boundaries)
        {
            if (b < run.Length && kept[b])
            {
                continue;
            }
            while (nextLineBreak < lineBreaks.Count && lineBreaks[nextLineBreak] <= wordStart)
            {
                nextLineBreak++;
            }
            var holdsTerm = anyTerm && listed[wordStart..b].Contains(true);
            var breakInside = nextLineBreak < lineBreaks.Count && lineBreaks[nextLineBreak] < b;
            words.Add(new ThaiWord(wordStart, b, holdsTerm, breakInside));
            wordStart = b;
        }
        return [.. words];
    }

    public void Dispose()
    {
        foreach (var iterator in _wordIterator.Values.Concat(_lineIterator.Values))
        {
            iterator.Dispose();
        }
        _wordIterator.Dispose();
        _lineIterator.Dispose();
        _boundaries.Dispose();
        _lineBreaks.Dispose();
        _terms.Dispose();
    }
}
