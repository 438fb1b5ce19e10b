using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace IntegritySite.Site.Typography;

/// <summary>
/// A forward-only reader of the HTML this generator writes (Razor's <c>HtmlRenderer</c> and Markdig): text, start tags
/// with their attributes (entities decoded), end tags, comments and the doctype, in order, without building a DOM.
/// It reads only well-formed markup — every attribute value quoted or plain, every entity known and ended by
/// <c>;</c>, no text where the HTML parser would move it — and stops with <see cref="Failed"/> at anything else,
/// so a caller can fall back to a real HTML parser and get the parser's result.
/// </summary>
internal sealed class GeneratedHtml(string html)
{
    public enum Token { Text, StartTag, EndTag, Other }

    /// <summary>Elements whose content is text up to their end tag (RCDATA and raw text).</summary>
    private static readonly string[] TextOnly = ["script", "style", "textarea", "title"];

    /// <summary>Elements whose content the HTML parser reads in ways this reader does not follow.</summary>
    private static readonly string[] Unread = ["template", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "frameset"];

    private int _position;
    private string? _textOnlyEnd; // inside script, style, textarea or title: the end tag that ends it

    public string Html => html;
    public Token Kind { get; private set; }

    /// <summary>Where the current token is in <see cref="Html"/>: [Start, End).</summary>
    public int Start { get; private set; }
    public int End { get; private set; }

    /// <summary>The current text is the content of script, style, textarea or title, not HTML text.</summary>
    public bool IsTextOnly { get; private set; }

    /// <summary>A start or end tag's name, in lower case.</summary>
    public string Name { get; private set; } = "";
    public bool SelfClosing { get; private set; }

    /// <summary>A start tag's attributes, names in lower case, values decoded; the first of a repeated name only.</summary>
    public List<KeyValuePair<string, string>> Attributes { get; } = [];

    public bool Failed { get; private set; }

    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Key == name)
            {
                return attribute.Value;
            }
        }
        return null;
    }

    /// <summary>The next token; false at the end of the HTML or when it cannot be read (<see cref="Failed"/>).</summary>
    public bool Read()
    {
        if (Failed || _position >= html.Length)
        {
            return false;
        }
        Start = _position;
        IsTextOnly = false;
        if (_textOnlyEnd is not null)
        {
            var end = html.IndexOf(_textOnlyEnd, _position, StringComparison.OrdinalIgnoreCase);
            _textOnlyEnd = null;
            if (end < 0)
            {
                return Fail();
            }
            if (end > _position)
            {
                (Kind, End, IsTextOnly, _position) = (Token.Text, end, true, end);
                return true;
            }
        }
        if (html[_position] != '<')
        {
            var next = html.IndexOf('<', _position);
            End = _position = next < 0 ? html.Length : next;
            Kind = Token.Text;
            return true;
        }
        return ReadMarkup();
    }

    private bool ReadMarkup()
    {
        var at = _position + 1;
        if (at >= html.Length)
        {
            return Fail();
        }
        if (html.AsSpan(at).StartsWith("!--"))
        {
            var close = html.IndexOf("-->", at + 3, StringComparison.Ordinal);
            return close < 0 ? Fail() : Other(close + 3);
        }
        if (html[at] is '!' or '?')
        {
            var close = html.IndexOf('>', at);
            return close < 0 ? Fail() : Other(close + 1);
        }
        var endTag = html[at] == '/';
        if (endTag)
        {
            at++;
        }
        if (at >= html.Length || !char.IsAsciiLetter(html[at]))
        {
            return Fail();
        }
        var nameEnd = at;
        while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
        {
            nameEnd++;
        }
        Name = LowerCase(html.AsSpan(at, nameEnd - at));
        if (endTag)
        {
            var close = html.IndexOf('>', nameEnd);
            if (close < 0)
            {
                return Fail();
            }
            (Kind, SelfClosing) = (Token.EndTag, false);
            End = _position = close + 1;
            return true;
        }
        if (Array.IndexOf(Unread, Name) >= 0)
        {
            return Fail();
        }
        (Kind, SelfClosing) = (Token.StartTag, false);
        Attributes.Clear();
        return ReadAttributes(nameEnd);
    }

    private bool ReadAttributes(int at)
    {
        while (true)
        {
            at = SkipSpace(at);
            if (at >= html.Length)
            {
                return Fail();
            }
            if (html[at] == '>')
            {
                End = _position = at + 1;
                if (Array.IndexOf(TextOnly, Name) >= 0)
                {
                    _textOnlyEnd = "</" + Name;
                }
                return true;
            }
            if (html[at] == '/')
            {
                if (at + 1 < html.Length && html[at + 1] == '>')
                {
                    SelfClosing = true;
                    End = _position = at + 2;
                    return true;
                }
                at++;
                continue;
            }
            var nameStart = at;
            while (at < html.Length && html[at] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '=' or '"' or '\'' or '<'))
            {
                at++;
            }
            if (at == nameStart || at >= html.Length)
            {
                return Fail();
            }
            var name = LowerCase(html.AsSpan(nameStart, at - nameStart));
            var value = "";
            var afterName = SkipSpace(at);
            if (afterName < html.Length && html[afterName] == '=')
            {
                at = SkipSpace(afterName + 1);
                if (at >= html.Length)
                {
                    return Fail();
                }
                int valueStart, valueEnd;
                if (html[at] is '"' or '\'')
                {
                    valueStart = at + 1;
                    valueEnd = html.IndexOf(html[at], valueStart);
                    if (valueEnd < 0)
                    {
                        return Fail();
                    }
                    at = valueEnd + 1;
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && html[at] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>' or '"' or '\'' or '<' or '=' or '`'))
                    {
                        at++;
                    }
                    valueEnd = at;
                }
                var decoded = Decode(html.AsSpan(valueStart, valueEnd - valueStart), null);
                if (decoded is null)
                {
                    return Fail();
                }
                value = decoded;
            }
            if (Attribute(name) is null)
            {
                Attributes.Add(new(name, value));
            }
        }
    }

    /// <summary>
    /// The text an HTML parser reads from <paramref name="raw"/> (its character references decoded), or null where
    /// this reader cannot tell (an unknown or unterminated reference). <paramref name="rawOffsets"/>, when given,
    /// receives for each character of the result, and for its end, the offset in <paramref name="raw"/> it came from.
    /// </summary>
    public static string? Decode(ReadOnlySpan<char> raw, List<int>? rawOffsets)
    {
        var amp = raw.IndexOf('&');
        if (amp < 0 && rawOffsets is null)
        {
            return raw.ToString();
        }
        var text = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != '&' || i + 1 >= raw.Length || !(raw[i + 1] == '#' || char.IsAsciiLetterOrDigit(raw[i + 1])))
            {
                rawOffsets?.Add(i);
                text.Append(raw[i]);
                i++;
                continue;
            }
            var semicolon = raw[i..].IndexOf(';');
            if (semicolon < 0 || semicolon > 40)
            {
                return null;
            }
            var reference = raw.Slice(i, semicolon + 1).ToString();
            var character = WebUtility.HtmlDecode(reference);
            if (character == reference || character.Length is 0 or > 2)
            {
                return null;
            }
            foreach (var c in character)
            {
                rawOffsets?.Add(i);
                text.Append(c);
            }
            i += semicolon + 1;
        }
        rawOffsets?.Add(raw.Length);
        return text.ToString();
    }

    private bool Other(int end)
    {
        Kind = Token.Other;
        End = _position = end;
        return true;
    }

    private bool Fail()
    {
        Failed = true;
        return false;
    }

    private int SkipSpace(int at)
    {
        while (at < html.Length && html[at] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            at++;
        }
        return at;
    }

    private static string LowerCase(ReadOnlySpan<char> name) =>
        Known.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    /// <summary>The names the templates write most, so reading them allocates nothing.</summary>
    private static readonly string[] KnownNames =
    [
        "a", "p", "li", "span", "div", "td", "th", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article", "nav",
        "header", "footer", "main", "table", "thead", "tbody", "time", "strong", "em", "img", "link", "meta", "body",
        "code", "pre", "svg", "class", "href", "id", "name", "rel", "src", "lang", "hreflang", "datetime", "data-label",
        "aria-label", "aria-labelledby", "aria-current", "aria-describedby", "type", "for", "title", "content",
    ];

    // After KnownNames: static fields are set in the order written.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Known =
        KnownNames.ToFrozenDictionary(n => n, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
