using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Intake.Web;

/// <summary>Writes JSON or HTML answers, always with the security headers.</summary>
public static class ResponseWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static Task JsonAsync(HttpContext context, int statusCode, object body)
    {
        Prepare(context, statusCode);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, Json)).AsTask();
    }

    /// <summary>A page of <see cref="IntakePages"/>, once it is rendered.</summary>
    public static async Task HtmlAsync(HttpContext context, int statusCode, Task<string> page) => await HtmlAsync(context, statusCode, await page);

    public static Task HtmlAsync(HttpContext context, int statusCode, string html)
    {
        Prepare(context, statusCode);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html)).AsTask();
    }

    /// <summary>Errors as {"errors":[{field,th,en}]} for JSON, or the bilingual error page.</summary>
    public static Task ErrorsAsync(HttpContext context, ResponseFormat format, int statusCode, IReadOnlyList<FieldError> errors)
    {
        // A 429's Retry-After is the end of the rate-limit window, set by the caller; a store outage gets a short one.
        if (statusCode is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout && string.IsNullOrEmpty(context.Response.Headers.RetryAfter))
        {
            context.Response.Headers.RetryAfter = "30";
        }
        return format == ResponseFormat.Json
            ? JsonAsync(context, statusCode, new { errors = errors.Select(e => new { field = e.Field, th = e.Th, en = e.En }) })
            : HtmlAsync(context, statusCode, statusCode switch
            {
                StatusCodes.Status503ServiceUnavailable => IntakePages.UnavailableAsync(PageLanguage.Of(context)),
                StatusCodes.Status504GatewayTimeout => IntakePages.UnconfirmedAsync(PageLanguage.Of(context)),
                _ => IntakePages.ErrorAsync(statusCode, errors, PageLanguage.Of(context)),
            });
    }

    private static void Prepare(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        SecurityHeaders.Apply(context.Response);
    }
}
