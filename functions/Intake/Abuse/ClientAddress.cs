using Microsoft.AspNetCore.Http;

namespace IntegritySite.Intake.Abuse;

/// <summary>The client address, read only to feed the in-memory rate limit; never stored or logged.</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context, string? trustedHeader)
    {
        if (trustedHeader is not null && context.Request.Headers.TryGetValue(trustedHeader, out var forwarded))
        {
            var first = forwarded.ToString().Split(',')[0].Trim();
            if (first.Length > 0)
            {
                return first;
            }
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
