using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>What differs between the reporter endpoints in their shared first step.</summary>
/// <param name="Bucket">Rate-limit bucket, also the name logged when the limit is reached.</param>
/// <param name="Fields">JSON fields the endpoint accepts.</param>
/// <param name="Limit">Requests per address per window, from the options.</param>
/// <param name="Validate">Turns the fields into a request, or lists every problem.</param>
internal sealed record ReporterRoute<T>(
    string Bucket,
    IReadOnlySet<string> Fields,
    Func<IntakeOptions, int> Limit,
    Func<FieldSet, (T? Request, IReadOnlyList<FieldError> Errors)> Validate)
    where T : class;

/// <summary>
/// The first step of every reporter request: read the body, count it against the address's rate limit,
/// validate it. On any problem the answer is written here and the caller gets no request.
/// </summary>
public sealed class ReporterRequests(RotatingRateLimiter limiter, IntakeOptions options)
{
    /// <param name="answerInvalid">How to answer fields that fail validation (default: the error list).</param>
    internal async Task<(T? Request, ResponseFormat Format)> ReadAsync<T>(HttpContext context, ReporterRoute<T> route, ILogger logger,
        Func<HttpContext, ResponseFormat, FieldSet, IReadOnlyList<FieldError>, Task>? answerInvalid = null)
        where T : class
    {
        var read = await RequestBodyReader.ReadAsync(context.Request, route.Fields, context.RequestAborted);
        if (!read.Ok)
        {
            await RejectAsync(context, logger, read.Format, read.StatusCode, read.Errors);
            return (null, read.Format);
        }
        PageLanguage.Remember(context, read.Fields!);
        // Counted before any lookup, so receipt guessing is throttled too.
        if (!limiter.TryAcquire(route.Bucket, ClientAddress.Of(context, options.ClientAddressHeader), route.Limit(options)))
        {
            IntakeLog.RateLimited(logger, route.Bucket);
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(limiter.UntilNextWindow().TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ResponseWriter.ErrorsAsync(context, read.Format, StatusCodes.Status429TooManyRequests, [FieldError.For(null, Messages.TooManyRequests)]);
            return (null, read.Format);
        }
        var (request, errors) = route.Validate(read.Fields!);
        if (request is null)
        {
            IntakeLog.Rejected(logger, StatusCodes.Status400BadRequest, errors.Count);
            await (answerInvalid ?? DefaultAnswer)(context, read.Format, read.Fields!, errors);
        }
        return (request, read.Format);
    }

    /// <summary>
    /// The same first step for a multipart post with files, in another order: the address's count and bytes are taken
    /// before the body is read (files are expensive to receive), then the body is read as it arrives, each file cleaned
    /// and encrypted into its blob (added to <paramref name="received"/>, which the caller discards unless the
    /// complaint links them), then the text validated. Refused files are returned (the caller answers them with the
    /// report); any other problem is answered here.
    /// </summary>
    internal async Task<(T? Request, IReadOnlyList<FieldError> FileErrors)> ReadWithFilesAsync<T>(HttpContext context, ReporterRoute<T> route, ILogger logger,
        AttachmentReceiver receiver, List<ReceivedAttachment> received)
        where T : class
    {
        const ResponseFormat format = ResponseFormat.Html;
        if (!receiver.Enabled)
        {
            await RejectAsync(context, logger, format, StatusCodes.Status415UnsupportedMediaType, [FieldError.For(FieldNames.ContentType, Messages.FilesNotAccepted)]);
            return (null, []);
        }
        var maxBody = RequestLimits.MaxMultipartBodyBytes(receiver.Options.MaxAttachmentsTotalBytes);
        if (context.Request.ContentLength > maxBody)
        {
            await RejectAsync(context, logger, format, StatusCodes.Status413PayloadTooLarge, [FieldError.For(FieldNames.Attachment, Messages.FilesTooLarge(receiver.Options.MaxAttachmentsTotalBytes))]);
            return (null, []);
        }
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBody;
        }
        var address = ClientAddress.Of(context, options.ClientAddressHeader);
        var bytes = context.Request.ContentLength ?? maxBody;
        if (!limiter.TryAcquire(route.Bucket, address, route.Limit(options)) || !limiter.TryAcquire(route.Bucket + "-bytes", address, bytes, options.AttachmentBytesPerWindow))
        {
            IntakeLog.RateLimited(logger, route.Bucket);
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(limiter.UntilNextWindow().TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ResponseWriter.ErrorsAsync(context, format, StatusCodes.Status429TooManyRequests, [FieldError.For(null, Messages.TooManyRequests)]);
            return (null, []);
        }
        var fileErrors = new List<FieldError>();
        var total = 0L;
        var read = await MultipartBodyReader.ReadAsync(context.Request, receiver.Options.MaxAttachments, async (position, name, content) =>
        {
            try
            {
                var file = await receiver.ReceiveAsync(position, name, content, context.RequestAborted);
                received.Add(file);
                total += file.SentBytes;
                if (total > receiver.Options.MaxAttachmentsTotalBytes)
                {
                    fileErrors.Add(FieldError.For(FieldNames.Attachment, Messages.FilesTooLarge(receiver.Options.MaxAttachmentsTotalBytes)));
                }
            }
            catch (AttachmentRefusedException e)
            {
                fileErrors.Add(FieldError.For(FieldNames.Attachment, Messages.FileRefused(e.Position, name, e.Reason)));
            }
        }, context.RequestAborted);
        if (!read.Ok)
        {
            await RejectAsync(context, logger, format, read.StatusCode, read.Errors);
            return (null, []);
        }
        PageLanguage.Remember(context, read.Fields!);
        var (request, errors) = route.Validate(read.Fields!);
        if (request is null)
        {
            await RejectAsync(context, logger, format, StatusCodes.Status400BadRequest, [.. errors, .. fileErrors]);
            return (null, []);
        }
        return (request, fileErrors.DistinctBy(e => e.En).ToList());
    }

    private static Task DefaultAnswer(HttpContext context, ResponseFormat format, FieldSet fields, IReadOnlyList<FieldError> errors) =>
        ResponseWriter.ErrorsAsync(context, format, StatusCodes.Status400BadRequest, errors);

    internal static void LogRejected(ILogger logger, int statusCode, int problems) => IntakeLog.Rejected(logger, statusCode, problems);

    /// <summary>Logs the status and the number of problems (never their content) and lists them to the client.</summary>
    internal static Task RejectAsync(HttpContext context, ILogger logger, ResponseFormat format, int statusCode, IReadOnlyList<FieldError> errors)
    {
        IntakeLog.Rejected(logger, statusCode, errors.Count);
        return ResponseWriter.ErrorsAsync(context, format, statusCode, errors);
    }
}
