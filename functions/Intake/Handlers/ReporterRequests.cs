using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
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

    private static Task DefaultAnswer(HttpContext context, ResponseFormat format, FieldSet fields, IReadOnlyList<FieldError> errors) =>
        ResponseWriter.ErrorsAsync(context, format, StatusCodes.Status400BadRequest, errors);

    /// <summary>Logs the status and the number of problems (never their content) and lists them to the client.</summary>
    internal static Task RejectAsync(HttpContext context, ILogger logger, ResponseFormat format, int statusCode, IReadOnlyList<FieldError> errors)
    {
        IntakeLog.Rejected(logger, statusCode, errors.Count);
        return ResponseWriter.ErrorsAsync(context, format, statusCode, errors);
    }
}
