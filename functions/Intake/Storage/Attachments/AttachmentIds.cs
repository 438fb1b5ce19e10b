using System.Security.Cryptography;

namespace IntegritySite.Intake.Storage.Attachments;

/// <summary>A blob's id: 128 random bits in hex, drawn per file. It says nothing of the file or the complaint.</summary>
public static class AttachmentIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsValid(string? id) => id is { Length: 32 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
