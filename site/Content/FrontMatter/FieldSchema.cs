namespace IntegritySite.Site.Content.FrontMatter;

/// <summary>What a front-matter value must be, as a reader asks for it (<see cref="YamlFields"/>).</summary>
public enum FieldType
{
    Text,
    Integer,
    Boolean,
    Date,
    Choice,
    TextList,
    Group,
    GroupList,

    /// <summary>Text per language (<c>{ th: …, en: … }</c>); site settings only.</summary>
    LocalizedText,
}

/// <summary>One front-matter key a reader reads: its type, whether it is required, and what values pass.</summary>
/// <param name="Choices">The allowed values of a <see cref="FieldType.Choice"/>, in the reader's order.</param>
/// <param name="ItemPattern">A regular expression each text (or each list item) must match, with <paramref name="PatternHint"/> saying how.</param>
/// <param name="Fields">The keys of each item of a <see cref="FieldType.GroupList"/> or of a <see cref="FieldType.Group"/>.</param>
public sealed record FieldSpec(
    string Key,
    FieldType Type,
    bool Required,
    int? Min = null,
    int? Max = null,
    IReadOnlyList<string>? Choices = null,
    bool? Default = null,
    string? ItemPattern = null,
    string? PatternHint = null,
    IReadOnlyList<FieldSpec>? Fields = null);

/// <summary>
/// Collects the keys a reader asks for while it reads nothing (<see cref="YamlFields.Recording"/>): the content model
/// as the code that checks it sees it, so the editor's form (site/Outputs/Cms) cannot drift from `check`.
/// </summary>
public sealed class FieldSchema
{
    private readonly List<FieldSpec> _fields = [];
    private readonly Dictionary<string, FieldSchema> _children = new(StringComparer.Ordinal);

    public IReadOnlyList<FieldSpec> Fields => _fields.Select(f => _children.TryGetValue(f.Key, out var child) ? f with { Fields = child.Fields } : f).ToList();

    internal void Add(FieldSpec spec)
    {
        var index = _fields.FindIndex(f => f.Key == spec.Key);
        if (index < 0)
        {
            _fields.Add(spec);
        }
        else
        {
            // A later, more specific read of the same key (a pattern on a list) refines the first.
            _fields[index] = _fields[index] with { ItemPattern = spec.ItemPattern ?? _fields[index].ItemPattern, PatternHint = spec.PatternHint ?? _fields[index].PatternHint };
        }
    }

    internal FieldSchema Child(string key)
    {
        if (!_children.TryGetValue(key, out var child))
        {
            _children[key] = child = new FieldSchema();
        }
        return child;
    }
}
