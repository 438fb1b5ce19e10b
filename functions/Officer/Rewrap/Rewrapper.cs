using System.Text.Json;
using IntegritySite.Intake.Crypto;
using IntegritySite.Officer.Api;
using IntegritySite.Officer.Keys;

namespace IntegritySite.Officer.Rewrap;

/// <summary>What a rewrap did (or, in a dry run, would do): counts of sealed items (a report's content, each message, each list of files).</summary>
public sealed record RewrapCounts(int Complaints, int Resealed, int AlreadyReadable, int NotReadableByYou, int Failed);

/// <summary>
/// Gives a newly added officer key access to what was received before it existed: every item this officer can open
/// gets a stanza for the new key (<see cref="OfficerSeal.AddRecipient"/>), and the intake stores it only if the
/// ciphertext is unchanged and the key is a configured officer key. Safe to run again: done items are counted as done.
/// </summary>
internal static class Rewrapper
{
    public static async Task<RewrapCounts> RunAsync(IntakeApiClient api, UnlockedKeys keys, byte[] newOfficerKey, bool dryRun)
    {
        var (complaints, resealed, already, unreadable, failed) = (0, 0, 0, 0, 0);
        foreach (var listed in (await api.ListAsync()).GetProperty("complaints").EnumerateArray())
        {
            complaints++;
            var id = listed.GetProperty("id").GetString()!;
            var complaint = await api.GetComplaintAsync(id);
            var items = new List<(string Item, string Sealed)> { ("content", complaint.GetProperty("sealed_content").GetString()!) };
            items.AddRange(complaint.GetProperty("messages").EnumerateArray()
                .Select(m => (m.GetProperty("key").GetString()!, m.GetProperty("sealed_for_officer").GetString()!)));
            // The lists of evidence files (their keys and names), the report's own and each follow-up's.
            items.AddRange(new[] { (AttachmentManifest.EnvelopeKey, SealedFiles(complaint)) }
                .Concat(complaint.GetProperty("messages").EnumerateArray().Select(m => (AttachmentManifest.EnvelopeKeyFor(m.GetProperty("key").GetString()!), SealedFiles(m))))
                .Where(i => i.Item2.Length > 0));
            foreach (var (item, base64) in items)
            {
                var sealedItem = Convert.FromBase64String(base64);
                if (OfficerSeal.Recipients(sealedItem).Any(key => key.AsSpan().SequenceEqual(newOfficerKey)))
                {
                    already++;
                    continue;
                }
                if (OfficerSeal.AddRecipient(sealedItem, keys.PublicKey, keys.PrivateKey, newOfficerKey) is not { } replacement)
                {
                    unreadable++;
                    continue;
                }
                try
                {
                    if (!dryRun)
                    {
                        await api.ResealAsync(id, item, replacement);
                    }
                    resealed++;
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException or JsonException)
                {
                    failed++;
                }
            }
        }
        return new RewrapCounts(complaints, resealed, already, unreadable, failed);
    }

    private static string SealedFiles(JsonElement item) =>
        item.TryGetProperty("sealed_attachments", out var list) ? list.GetString() ?? "" : "";

    /// <summary>A base64 X25519 public key, given directly or as the path of an officer-public.key file.</summary>
    public static byte[] ReadOfficerKey(string keyOrFile)
    {
        var text = File.Exists(keyOrFile) ? File.ReadAllText(keyOrFile).Trim() : keyOrFile.Trim();
        var key = new byte[33];
        if (!Convert.TryFromBase64String(text, key, out var written) || written != 32)
        {
            throw new ArgumentException($"กุญแจสาธารณะของเจ้าหน้าที่ต้องเป็น base64 ขนาด 32 ไบต์ / An officer public key is base64 of 32 bytes (or the path of officer-public.key): '{keyOrFile}'");
        }
        return key[..32];
    }
}
