using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// What is sealed to the officers: the text together with the report it belongs to (and the category, or the message
/// key). The officer's tool checks these against the row it was read from, so sealed content moved into another row
/// by someone who can write the store is shown as tampering, never as that report.
/// </summary>
public sealed record SealedEnvelope
{
    private const int Version = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [JsonPropertyName("v")] public int V { get; init; } = Version;
    [JsonPropertyName("report")] public required string Report { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
    /// <summary>The complaint facts (JSON object) or a message's text (JSON string).</summary>
    [JsonPropertyName("body")] public required JsonElement Body { get; init; }

    /// <summary>
    /// Written directly, the facts' JSON copied in as it is: no parse and re-serialise per submission (and no
    /// JsonDocument left undisposed). Same shape as the record, so <see cref="Open"/> reads it.
    /// </summary>
    public static byte[] ForReport(string reportId, string category, byte[] factsJson)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(factsJson.Length + 160);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("report", reportId);
            writer.WriteString("category", category);
            writer.WritePropertyName("body");
            writer.WriteRawValue(factsJson, skipInputValidation: true);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] ForMessage(string reportId, string messageKey, string text) =>
        JsonSerializer.SerializeToUtf8Bytes(new SealedEnvelope { Report = reportId, Message = messageKey, Body = JsonSerializer.SerializeToElement(text) }, Json);

    /// <summary>A list (JSON) bound to its report under a fixed key, such as the complaint's list of files.</summary>
    public static byte[] ForAttachments(string reportId, string key, JsonElement list) =>
        JsonSerializer.SerializeToUtf8Bytes(new SealedEnvelope { Report = reportId, Message = key, Body = list }, Json);

    /// <summary>The envelope, or null when it is not one or does not belong where it was found.</summary>
    public static SealedEnvelope? Open(ReadOnlySpan<byte> plaintext, string reportId, string? category = null, string? messageKey = null)
    {
        SealedEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SealedEnvelope>(plaintext, Json);
        }
        catch (JsonException)
        {
            return null;
        }
        var belongs = envelope is { V: Version }
            && envelope.Report == reportId
            && (category is null || envelope.Category == category)
            && (messageKey is null || envelope.Message == messageKey);
        return belongs ? envelope : null;
    }
}
