using System.Buffers;
using IntegritySite.Intake.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IntegritySite.Intake.Input;

/// <summary>Checks content type and size, then parses a form or JSON body into text fields.</summary>
public static class RequestBodyReader
{
    public static async Task<ReadResult> ReadAsync(HttpRequest request, IReadOnlySet<string> jsonFields, CancellationToken ct)
    {
        var kind = ClassifyContentType(request.ContentType);
        var format = kind ?? PreferredFormat(request);
        if (kind is null)
        {
            return ReadResult.Failure(format, StatusCodes.Status415UnsupportedMediaType, FieldError.For(FieldNames.ContentType, Messages.UnsupportedMediaType));
        }
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            return ReadResult.Failure(format, StatusCodes.Status413PayloadTooLarge, FieldError.For(FieldNames.Body, Messages.BodyTooLarge));
        }
        var body = await ReadLimitedAsync(request.Body, ct);
        if (body is null)
        {
            return ReadResult.Failure(format, StatusCodes.Status413PayloadTooLarge, FieldError.For(FieldNames.Body, Messages.BodyTooLarge));
        }
        var (fields, error) = format == ResponseFormat.Json
            ? JsonBodyParser.Parse(body, jsonFields)
            : FormBodyParser.Parse(body);
        return fields is null
            ? ReadResult.Failure(format, StatusCodes.Status400BadRequest, error!)
            : ReadResult.Success(format, new FieldSet(fields));
    }

    /// <summary>Format for answers that do not depend on a body (e.g. 401, 415): JSON when asked for.</summary>
    public static ResponseFormat PreferredFormat(HttpRequest request) =>
        ClassifyContentType(request.ContentType) ?? (request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase)
            ? ResponseFormat.Json
            : ResponseFormat.Html);

    private static ResponseFormat? ClassifyContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return null;
        }
        // charset="utf-8" is as valid as charset=utf-8 (RFC 9110 quoted-string).
        var charset = media.Charset.HasValue ? HeaderUtilities.RemoveQuotes(media.Charset).Value : null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.Json;
        }
        if (media.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.Html;
        }
        return null;
    }

    /// <summary>Reads at most the limit; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(RequestLimits.MaxBodyBytes + 1);
        var total = 0;
        try
        {
            while (total <= RequestLimits.MaxBodyBytes)
            {
                var read = await body.ReadAsync(buffer.AsMemory(total, RequestLimits.MaxBodyBytes + 1 - total), ct);
                if (read == 0)
                {
                    return buffer[..total];
                }
                total += read;
            }
            return null;
        }
        finally
        {
            // Complaint text must not linger in a pooled buffer; clear only what was written.
            buffer.AsSpan(0, Math.Min(total, buffer.Length)).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
