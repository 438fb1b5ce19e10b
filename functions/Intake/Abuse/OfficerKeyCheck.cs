using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Intake.Abuse;

/// <summary>Compares SHA-256 of the X-Officer-Key header with the configured hash, in constant time.</summary>
public sealed class OfficerKeyCheck(byte[] expectedHash)
{
    public const string HeaderName = "X-Officer-Key";

    public bool IsAuthorised(HttpRequest request)
    {
        var presented = request.Headers[HeaderName].ToString();
        if (presented.Length == 0 || expectedHash.Length != 32)
        {
            return false;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(hash, expectedHash);
    }

    public static string HashForConfig(string officerApiKey) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(officerApiKey)));
}
