using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Intake.Abuse;

/// <summary>
/// Compares SHA-256 of the X-Officer-Key header with the configured hashes (one per officer, so one officer's access
/// is withdrawn by removing one hash), in constant time.
/// </summary>
public sealed class OfficerKeyCheck(IReadOnlyList<byte[]> expectedHashes)
{
    public const string HeaderName = "X-Officer-Key";

    public bool IsAuthorised(HttpRequest request)
    {
        var presented = request.Headers[HeaderName].ToString();
        if (presented.Length == 0)
        {
            return false;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var match = false;
        foreach (var expected in expectedHashes)
        {
            match |= expected.Length == 32 && CryptographicOperations.FixedTimeEquals(hash, expected);
        }
        return match;
    }

    public static string HashForConfig(string officerApiKey) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(officerApiKey)));
}
