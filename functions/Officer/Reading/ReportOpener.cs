using System.Security.Cryptography;
using System.Text.Json;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Officer.Keys;

namespace IntegritySite.Officer.Reading;

/// <summary>
/// Opens the ciphertext the officer API returns (GET /api/officer/complaints/{id}) with the officer's own keys, and
/// checks every envelope against the row it came from (report id, category, message key).
/// </summary>
internal static class ReportOpener
{
    public static OpenedReport Open(JsonElement complaint, UnlockedKeys keys)
    {
        var id = complaint.GetProperty("id").GetString()!;
        var category = complaint.GetProperty("category").GetString()!;
        var (contentState, envelope) = OpenEnvelope(complaint.GetProperty("sealed_content").GetString()!, keys, e => SealedEnvelope.Open(e, id, category: category));
        var facts = envelope is null ? [] : FactsOf(envelope);
        if (contentState == SealState.Opened && facts.Count == 0)
        {
            contentState = SealState.Tampered;
        }
        var messages = complaint.GetProperty("messages").EnumerateArray().Select(message =>
        {
            var key = message.GetProperty("key").GetString()!;
            var (state, opened) = OpenEnvelope(message.GetProperty("sealed_for_officer").GetString()!, keys, e => SealedEnvelope.Open(e, id, messageKey: key));
            var text = opened?.Body.ValueKind == JsonValueKind.String ? opened.Body.GetString() : null;
            var (filesState, files) = OpenAttachments(message, id, keys, key);
            return new OpenedMessage(key, message.GetProperty("from").GetString()!, message.GetProperty("sent").GetString()!,
                state == SealState.Opened && text is null ? SealState.Tampered : state, text, filesState == SealState.Opened ? files : []);
        }).ToList();
        var (filesState, files) = OpenAttachments(complaint, id, keys, messageKey: null);
        return new OpenedReport(id, category, complaint.GetProperty("status").GetString()!, complaint.GetProperty("submitted").GetString()!,
            complaint.GetProperty("updated").GetString()!, complaint.GetProperty("facts_notice_due").GetString()!,
            complaint.GetProperty("facts_notice_estimated").GetBoolean(), contentState, facts, messages, filesState, files);
    }

    /// <summary>The complaint's list of files (their keys and names), checked to belong to this report.</summary>
    private static (SealState, IReadOnlyList<AttachmentEntry>) OpenAttachments(JsonElement item, string id, UnlockedKeys keys, string? messageKey)
    {
        if (!item.TryGetProperty("sealed_attachments", out var sealedList) || sealedList.GetString() is not { Length: > 0 } base64)
        {
            return (SealState.Opened, []);
        }
        var (state, envelope) = OpenEnvelope(base64, keys, e => SealedEnvelope.Open(e, id, messageKey: AttachmentManifest.EnvelopeKeyFor(messageKey)));
        if (envelope is null)
        {
            return (state, []);
        }
        try
        {
            return (SealState.Opened, envelope.Body.Deserialize<List<AttachmentEntry>>() ?? []);
        }
        catch (JsonException)
        {
            return (SealState.Tampered, []);
        }
    }

    private static (SealState, SealedEnvelope?) OpenEnvelope(string base64, UnlockedKeys keys, Func<byte[], SealedEnvelope?> check)
    {
        byte[]? plaintext;
        try
        {
            plaintext = OfficerSeal.Open(Convert.FromBase64String(base64), keys.PublicKey, keys.PrivateKey);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return (SealState.Tampered, null);
        }
        if (plaintext is null)
        {
            return (SealState.NotForThisKey, null);
        }
        try
        {
            return check(plaintext) is { } envelope ? (SealState.Opened, envelope) : (SealState.Tampered, null);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static IReadOnlyList<(string, string)> FactsOf(SealedEnvelope envelope)
    {
        ComplaintFacts facts;
        try
        {
            facts = ComplaintFacts.FromUtf8Json(JsonSerializer.SerializeToUtf8Bytes(envelope.Body));
        }
        catch (JsonException)
        {
            return [];
        }
        return new (string Field, string? Value)[]
            {
                (FieldNames.Category, facts.Category), (FieldNames.What, facts.What), (FieldNames.Who, facts.Who), (FieldNames.When, facts.When),
                (FieldNames.Where, facts.Where), (FieldNames.HowKnown, facts.HowKnown), (FieldNames.Evidence, facts.Evidence), (FieldNames.Contact, facts.Contact),
            }
            .Where(f => f.Value is not null)
            .Select(f => (f.Field, f.Value!))
            .ToList();
    }
}
