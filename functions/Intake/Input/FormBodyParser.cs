using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

/// <summary>Parses application/x-www-form-urlencoded strictly: bad escapes or invalid UTF-8 name the field.</summary>
internal static class FormBodyParser
{
    public static (Dictionary<string, string>? Fields, FieldError? Error) Parse(ReadOnlySpan<byte> body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in body.Split((byte)'&'))
        {
            var pair = body[range];
            if (pair.IsEmpty)
            {
                continue;
            }
            var equals = pair.IndexOf((byte)'=');
            var rawName = equals < 0 ? pair : pair[..equals];
            var rawValue = equals < 0 ? [] : pair[(equals + 1)..];
            if (!TryUnescape(rawName, out var nameBytes) || !StrictUtf8.TryDecode(nameBytes, out var name))
            {
                return (null, FieldError.For(FieldNames.Body, Messages.MalformedForm));
            }
            if (!TryUnescape(rawValue, out var valueBytes))
            {
                return (null, FieldError.For(name, Messages.MalformedForm));
            }
            if (!StrictUtf8.TryDecode(valueBytes, out var value))
            {
                return (null, FieldError.For(name, Messages.InvalidUtf8(name)));
            }
            if (!fields.TryAdd(name, value))
            {
                return (null, FieldError.For(name, Messages.Duplicate(name)));
            }
        }
        return (fields, null);
    }

    private static bool TryUnescape(ReadOnlySpan<byte> raw, out byte[] bytes)
    {
        var output = new byte[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == (byte)'+')
            {
                output[length++] = (byte)' ';
            }
            else if (b == (byte)'%')
            {
                if (i + 2 >= raw.Length || !IsHex(raw[i + 1]) || !IsHex(raw[i + 2]))
                {
                    bytes = [];
                    return false;
                }
                output[length++] = (byte)(HexValue(raw[i + 1]) << 4 | HexValue(raw[i + 2]));
                i += 2;
            }
            else
            {
                output[length++] = b;
            }
        }
        bytes = output[..length];
        return true;
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
