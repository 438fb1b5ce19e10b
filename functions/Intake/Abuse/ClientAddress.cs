using System.Net;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Intake.Abuse;

/// <summary>The client address, read only to feed the in-memory rate limit; never stored or logged.</summary>
internal static class ClientAddress
{
    /// <remarks>
    /// The last entry is the one the trusted front end appended; earlier entries come from the client and could be
    /// made up to get a fresh limit on every request.
    /// </remarks>
    public static string Of(HttpContext context, string? trustedHeader)
    {
        if (trustedHeader is not null && context.Request.Headers.TryGetValue(trustedHeader, out var forwarded))
        {
            var last = forwarded.ToString().Split(',')[^1].Trim();
            if (last.Length > 0)
            {
                return WithoutPort(last);
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
