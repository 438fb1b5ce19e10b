using System.Net;
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
                return WithoutPort(first);
            }
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    /// <summary>Front ends may append the client's source port, which changes per connection and would split one client into many buckets.</summary>
    internal static string WithoutPort(string value)
    {
        if (IPAddress.TryParse(value, out var address))
        {
            return address.ToString();
        }
        return IPEndPoint.TryParse(value, out var endpoint) ? endpoint.Address.ToString() : value;
    }
}
