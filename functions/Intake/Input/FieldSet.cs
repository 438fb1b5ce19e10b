namespace IntegritySite.Intake.Input;

/// <summary>Decoded text fields of one request, by name.</summary>
public sealed class FieldSet(IReadOnlyDictionary<string, string> values)
{
    public string? Get(string name) => values.TryGetValue(name, out var value) ? value : null;

    /// <summary>The value with surrounding white space removed, or null when empty.</summary>
    public string? GetTrimmed(string name)
    {
        var value = Get(name)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public IEnumerable<KeyValuePair<string, string>> All => values;
}
