using System.Text;

namespace IntegritySite.Site.Outputs;

/// <summary>One file of the built site, by its path under output/.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    /// <summary>The text in a buffer, encoded chunk by chunk (no string of it is made).</summary>
    public static OutputFile Text(string path, StringBuilder text)
    {
        // Counted chunk by chunk with a character split between two chunks (a surrogate pair) counted whole; an
        // encoder's count does not carry its half over to the next chunk, its writing does.
        var length = 0;
        var carried = '\0';
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (span.IsEmpty)
            {
                continue;
            }
            if (carried != '\0')
            {
                length += Utf8.GetByteCount([carried, span[0]]);
                span = span[1..];
                carried = '\0';
            }
            if (!span.IsEmpty && char.IsHighSurrogate(span[^1]))
            {
                carried = span[^1];
                span = span[..^1];
            }
            length += Utf8.GetByteCount(span);
        }
        if (carried != '\0')
        {
            length += Utf8.GetByteCount([carried]);
        }
        var bytes = new byte[length];
        var encoder = Utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }
        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return new(path, bytes);
    }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    public string ReadText() => Utf8.GetString(Content);
}
