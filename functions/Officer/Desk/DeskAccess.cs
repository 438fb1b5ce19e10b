using System.Security.Cryptography;
using System.Text;
using IntegritySite.Officer.Desk.Pages;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Officer.Desk;

/// <summary>
/// Who may use the desk: only the browser that opened the one-time link the desk printed. The link's token is
/// exchanged once for a session cookie (HttpOnly, SameSite=Strict); every form also carries a form token, because
/// another program's page on 127.0.0.1 is "same-site" to a cookie. The Host header must be the desk's own (no DNS
/// rebinding), and every answer forbids caching, so nothing decrypted lands in the browser's disk cache.
/// </summary>
internal sealed class DeskAccess(string origin)
{
    public const string CookieName = "desk_session";
    public const string TokenParameter = "token";

    private readonly string _host = new Uri(origin).Authority;
    private readonly byte[] _session = RandomNumberGenerator.GetBytes(32);
    private string? _oneTimeToken = Token();

    public string Origin => origin;

    /// <summary>The token for the start link; it works once.</summary>
    public string StartToken => _oneTimeToken ?? throw new InvalidOperationException("The start link was already used.");

    /// <summary>The form token every POST must carry.</summary>
    public string Csrf { get; } = Token();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on form posts, and the desk checks Origin.
        response.Headers["Referrer-Policy"] = "same-origin";
        response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";

        if (!string.Equals(context.Request.Host.Value, _host, StringComparison.OrdinalIgnoreCase))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, DeskWords.WrongHost);
            return;
        }
        if (context.Request.Query.TryGetValue(TokenParameter, out var presented))
        {
            await ExchangeAsync(context, presented.ToString());
            return;
        }
        if (!HasSession(context.Request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, DeskWords.OpenFromLink);
            return;
        }
        if (HttpMethods.IsPost(context.Request.Method) && !await IsOwnFormAsync(context.Request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, DeskWords.ForeignForm);
            return;
        }
        await next(context);
    }

    private async Task ExchangeAsync(HttpContext context, string presented)
    {
        var expected = _oneTimeToken;
        if (expected is null || !FixedTimeEquals(presented, expected))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, DeskWords.LinkUsed);
            return;
        }
        _oneTimeToken = null;
        context.Response.Cookies.Append(CookieName, Convert.ToBase64String(_session), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = "/";
    }

    private bool HasSession(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var cookie) && cookie is not null && FixedTimeEquals(cookie, Convert.ToBase64String(_session));

    private async Task<bool> IsOwnFormAsync(HttpRequest request)
    {
        if (request.Headers.Origin is { Count: > 0 } sentOrigin && sentOrigin.ToString() != origin)
        {
            return false;
        }
        if (!request.HasFormContentType)
        {
            return false;
        }
        var form = await request.ReadFormAsync();
        return FixedTimeEquals(form[CsrfField.Name].ToString(), Csrf);
    }

    private static async Task RefuseAsync(HttpContext context, int status, BilingualText reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(await DeskPages.RefusedAsync(reason));
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static string Token() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
