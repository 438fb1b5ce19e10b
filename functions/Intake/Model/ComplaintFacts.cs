using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegritySite.Intake.Model;

/// <summary>What a reporter submitted: the plaintext that is sealed to the officer key.</summary>
public sealed record ComplaintFacts
{
    [JsonPropertyName("category")] public required string Category { get; init; }
    [JsonPropertyName("what")] public required string What { get; init; }
    [JsonPropertyName("who")] public string? Who { get; init; }
    [JsonPropertyName("when")] public string? When { get; init; }
    [JsonPropertyName("where")] public string? Where { get; init; }
    [JsonPropertyName("how_known")] public required string HowKnown { get; init; }
    [JsonPropertyName("evidence")] public string? Evidence { get; init; }
    [JsonPropertyName("contact")] public string? Contact { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Deterministic UTF-8 JSON: the same facts always give the same bytes.</summary>
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ComplaintFacts FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<ComplaintFacts>(json, Json) ?? throw new JsonException("Empty complaint.");
}
