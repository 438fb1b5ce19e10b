using System.Text.Json;
using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

/// <summary>Reads one flat JSON object of string (or null) values; invalid UTF-8 is reported per field.</summary>
internal static class JsonBodyParser
{
    public static (Dictionary<string, string>? Fields, FieldError? Error) Parse(ReadOnlySpan<byte> body, IReadOnlySet<string> allowed)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        // Every name seen, null values included: {"what": null, "what": "x"} is a duplicate too.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var malformed = FieldError.For(FieldNames.Body, Messages.MalformedJson);
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 4 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, malformed);
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    return (null, malformed);
                }
                if (!TryReadString(ref reader, out var name))
                {
                    return (null, malformed);
                }
                if (!allowed.Contains(name))
                {
                    return (null, FieldError.For(name, Messages.UnknownField(name)));
                }
                if (!seen.Add(name))
                {
                    return (null, FieldError.For(name, Messages.Duplicate(name)));
                }
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }
                if (reader.TokenType != JsonTokenType.String)
                {
                    return (null, FieldError.For(name, Messages.NotText(name)));
                }
                if (!TryReadString(ref reader, out var value))
                {
                    return (null, FieldError.For(name, Messages.InvalidUtf8(name)));
                }
                fields[name] = value;
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return (null, malformed);
            }
        }
        catch (JsonException)
        {
            return (null, malformed);
        }
        return (fields, null);
    }

    /// <summary>Utf8JsonReader does not validate UTF-8 inside strings, so decode strictly here.</summary>
    private static bool TryReadString(ref Utf8JsonReader reader, out string value)
    {
        value = "";
        if (!reader.ValueIsEscaped)
        {
            return StrictUtf8.TryDecode(reader.ValueSpan, out value);
        }
        try
        {
            var raw = reader.GetString() ?? "";
            if (!StrictUtf8.IsWellFormed(raw))
            {
                return false;
            }
            value = raw;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
