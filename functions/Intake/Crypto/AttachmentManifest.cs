using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// One evidence file as the officers see it once they open the complaint's sealed list: the blob it is in, the fresh
/// secretstream key it is encrypted under, the reporter's file name (never stored in clear), its kind and media type,
/// its size after cleaning, and what was removed from it.
/// </summary>
public sealed record AttachmentEntry(
    [property: JsonPropertyName("blob")] string Blob,
    [property: JsonPropertyName("key")] byte[] Key,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("type")] string MediaType,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("removed")] IReadOnlyList<BilingualText> Removed);

/// <summary>
/// A complaint's list of files, sealed to every officer key (<see cref="OfficerSeal"/>) inside a <see cref="SealedEnvelope"/>
/// bound to the report id, so each file key is sealed to each officer exactly as the complaint's content is, and a list
/// moved to another row reads as tampered.
/// </summary>
public static class AttachmentManifest
{
    /// <summary>The envelope's message key for a complaint's own list of files.</summary>
    public const string EnvelopeKey = "attachments";

    /// <summary>The envelope key of a follow-up's list: bound to that message too, so it cannot be moved to another.</summary>
    public static string EnvelopeKeyFor(string? messageKey) => messageKey is null ? EnvelopeKey : EnvelopeKey + ":" + messageKey;

    public static byte[] Seal(string reportId, IReadOnlyList<AttachmentEntry> entries, IReadOnlyList<byte[]> officerPublicKeys, string? messageKey = null) =>
        OfficerSeal.Seal(SealedEnvelope.ForAttachments(reportId, EnvelopeKeyFor(messageKey), JsonSerializer.SerializeToElement(entries)), officerPublicKeys);

    /// <summary>The files, or null when the list cannot be opened with this key or does not belong to this report.</summary>
    public static IReadOnlyList<AttachmentEntry>? Open(byte[] sealedList, string reportId, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> privateKey, string? messageKey = null)
    {
        if (sealedList.Length == 0)
        {
            return [];
        }
        byte[]? plaintext;
        try
        {
            plaintext = OfficerSeal.Open(sealedList, publicKey, privateKey);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        if (plaintext is null || SealedEnvelope.Open(plaintext, reportId, messageKey: EnvelopeKeyFor(messageKey)) is not { } envelope)
        {
            return null;
        }
        try
        {
            return envelope.Body.Deserialize<List<AttachmentEntry>>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
