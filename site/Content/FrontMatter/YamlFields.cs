using System.Globalization;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IntegritySite.Site.Content.FrontMatter;

/// <summary>
/// Typed, located access to one YAML mapping. Every read records the key as known; wrong types and values become
/// <c>path:line:col</c> errors, and <see cref="ReportUnknownKeys"/> turns every key nobody asked for into an error,
/// so a misspelt setting is never silently ignored.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Mark _start;
    private readonly FieldSchema? _schema;

    private YamlFields(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics, Mark start, FieldSchema? schema = null)
    {
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _start = start;
        _schema = schema;
    }

    /// <summary>
    /// Fields with no values that write down every read into <paramref name="schema"/>: a reader run on them tells which
    /// keys it reads, of which type, required or not, with which allowed values. Lists of groups yield one empty item, so
    /// the keys of their items are recorded too. What a recording reader reports is discarded.
    /// </summary>
    public static YamlFields Recording(string path, FieldSchema schema) =>
        new(new YamlMappingNode(), path, 0, new DiagnosticBag(), new Mark(0, 1, 1), schema);

    private void Record(string key, FieldType type, bool required, int? min = null, int? max = null, IReadOnlyList<string>? choices = null, bool? defaultValue = null) =>
        _schema?.Add(new FieldSpec(key, type, required, min, max, choices, defaultValue));

    /// <summary>
    /// Declares the pattern each text of <paramref name="key"/> must match, for the editor's form; the caller still
    /// reports values that do not match (with its own message), so this changes nothing when reading.
    /// </summary>
    public void Expect(string key, System.Text.RegularExpressions.Regex pattern, string hint) =>
        _schema?.Add(new FieldSpec(key, FieldType.Text, false, ItemPattern: pattern.ToString(), PatternHint: hint));

    public string Path => _path;

    public (int Line, int Column) Location => Locate(_start);

    /// <summary>Parses YAML text that starts on <paramref name="firstLine"/> of <paramref name="path"/>.</summary>
    public static YamlFields? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Error(path, (int)ex.Start.Line + firstLine - 1, (int)ex.Start.Column, $"the YAML cannot be read: {Clean(message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on some unclosed brackets and quotes.
            diagnostics.Error(path, firstLine, 1, "the YAML cannot be read: check for an unclosed [ { or quote in these settings");
            return null;
        }

        var startMark = new Mark(0, 1, 1);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), path, firstLine - 1, diagnostics, startMark);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var mark = stream.Documents[0].RootNode.Start;
            diagnostics.Error(path, (int)mark.Line + firstLine - 1, (int)mark.Column, "the settings must be 'key: value' lines");
            return null;
        }
        return new YamlFields(mapping, path, firstLine - 1, diagnostics, mapping.Start);
    }

    /// <summary>Whether the key is given; while recording a schema, every key is (so optional reads are recorded).</summary>
    public bool Has(string key) => _schema is not null || Find(key) is not null;

    public string? String(string key, bool required = false)
    {
        Record(key, FieldType.Text, required);
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }
        if (node is YamlScalarNode && !required)
        {
            return null;
        }
        ErrorAt(node, $"'{key}' must be text{(required ? " and cannot be empty" : "")}");
        return null;
    }

    public int? Int(string key, bool required, int min, int max)
    {
        Record(key, FieldType.Integer, required, min, max);
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max)
            {
                return value;
            }
            ErrorAt(node, $"'{key}' must be between {min} and {max}, not {value}");
            return null;
        }
        ErrorAt(node, $"'{key}' must be a whole number, not '{Describe(node)}'");
        return null;
    }

    public bool Bool(string key, bool defaultValue)
    {
        Record(key, FieldType.Boolean, required: false, defaultValue: defaultValue);
        var node = Take(key, required: false);
        if (node is null)
        {
            return defaultValue;
        }
        if (node is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }
        ErrorAt(node, $"'{key}' must be true or false, not '{Describe(node)}'");
        return defaultValue;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        Record(key, FieldType.Date, required);
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date.Year > 2400)
            {
                ErrorAt(node, $"'{key}' looks like a Buddhist Era year ({date.Year}); write the Gregorian year {date.Year - 543} (for example {date.Year - 543}-{date.Month:00}-{date.Day:00})");
                return null;
            }
            return date;
        }
        ErrorAt(node, $"'{key}' must be a date written YYYY-MM-DD in the Gregorian year (for example 2021-03-25), not '{Describe(node)}'");
        return null;
    }

    public T? Choice<T>(string key, bool required, IReadOnlyDictionary<string, T> values) where T : struct
    {
        Record(key, FieldType.Choice, required, choices: values.Keys.ToList());
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode scalar && scalar.Value is not null && values.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }
        ErrorAt(node, $"'{key}' must be one of {string.Join(" | ", values.Keys)}, not '{Describe(node)}'");
        return null;
    }

    /// <summary>A list of text; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        Record(key, FieldType.TextList, required);
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [single.Trim()];
            case YamlSequenceNode sequence:
                var result = new List<string>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        result.Add(text.Trim());
                    }
                    else
                    {
                        ErrorAt(child, $"each item of '{key}' must be text");
                    }
                }
                if (required && result.Count == 0)
                {
                    ErrorAt(node, $"'{key}' needs at least one item");
                }
                return result;
            default:
                ErrorAt(node, $"'{key}' must be a list (lines starting with '- ')");
                return [];
        }
    }

    public YamlFields? Mapping(string key, bool required = false)
    {
        Record(key, FieldType.Group, required);
        if (_schema is not null)
        {
            _known.Add(key);
            return new YamlFields(new YamlMappingNode(), _path, 0, new DiagnosticBag(), _start, _schema.Child(key));
        }
        var node = Take(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlMappingNode mapping)
        {
            return Child(mapping);
        }
        ErrorAt(node, $"'{key}' must be a group of 'key: value' settings");
        return null;
    }

    public IReadOnlyList<YamlFields> MappingList(string key, bool required = false)
    {
        Record(key, FieldType.GroupList, required);
        if (_schema is not null)
        {
            _known.Add(key);
            return [new YamlFields(new YamlMappingNode(), _path, 0, new DiagnosticBag(), _start, _schema.Child(key))];
        }
        var node = Take(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var result = new List<YamlFields>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlMappingNode mapping)
                    {
                        result.Add(Child(mapping));
                    }
                    else
                    {
                        ErrorAt(child, $"each item of '{key}' must be a group of 'key: value' settings");
                    }
                }
                return result;
            default:
                ErrorAt(node, $"'{key}' must be a list (lines starting with '- ')");
                return [];
        }
    }

    /// <summary>Text given per language, e.g. <c>{ th: …, en: … }</c>; a plain value counts as Thai.</summary>
    public LocalizedText? Text(string key, bool required = false)
    {
        if (_schema is not null)
        {
            Record(key, FieldType.LocalizedText, required);
            _known.Add(key);
            return null;
        }
        var node = Find(key);
        if (node is YamlScalarNode)
        {
            var thai = String(key, required);
            return thai is null ? null : new LocalizedText(thai, null);
        }
        var mapping = Mapping(key, required);
        if (mapping is null)
        {
            return null;
        }
        var th = mapping.String("th", required: true);
        var en = mapping.String("en");
        mapping.ReportUnknownKeys();
        return th is null ? null : new LocalizedText(th, en);
    }

    public (int Line, int Column) LocationOf(string key)
    {
        var node = Find(key);
        return node is null ? Location : Locate(node.Start);
    }

    public void ErrorAtKey(string key, string message)
    {
        var (line, column) = LocationOf(key);
        _diagnostics.Error(_path, line, column, message);
    }

    public void Error(string message)
    {
        var (line, column) = Location;
        _diagnostics.Error(_path, line, column, message);
    }

    public void ReportUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (_known.Contains(key))
            {
                continue;
            }
            var suggestion = Suggest(key);
            var hint = suggestion is null
                ? (_known.Count > 0 ? $"; known settings here are: {string.Join(", ", _known.Order(StringComparer.Ordinal))}" : "")
                : $"; did you mean '{suggestion}'?";
            ErrorAt(keyNode, $"unknown setting '{key}'{hint}");
        }
    }

    private YamlFields Child(YamlMappingNode mapping) => new(mapping, _path, _lineOffset, _diagnostics, mapping.Start);

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private YamlNode? Take(string key, bool required)
    {
        _known.Add(key);
        var node = Find(key);
        if (node is YamlScalarNode { Value: null or "" } && required)
        {
            ErrorAt(node, $"'{key}' is required and cannot be empty");
            return null;
        }
        if (node is null && required)
        {
            Error($"the setting '{key}' is missing");
        }
        return node;
    }

    private void ErrorAt(YamlNode node, string message)
    {
        var (line, column) = Locate(node.Start);
        _diagnostics.Error(_path, line, column, message);
    }

    private (int Line, int Column) Locate(Mark mark) => ((int)mark.Line + _lineOffset, (int)mark.Column);

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a group of settings",
        _ => node.ToString(),
    };

    private string? Suggest(string key) =>
        _known.Select(k => (Key: k, Distance: EditDistance.Between(k, key)))
              .Where(x => x.Distance <= Math.Max(2, key.Length / 3))
              .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal)
              .Select(x => x.Key).FirstOrDefault();

    private static string Clean(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }
}
