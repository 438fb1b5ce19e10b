using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>POST /api/complaints/status — the receipt arrives in the body, never in a URL.</summary>
public sealed class ComplaintStatusHandler(ReporterDesk desk, RotatingRateLimiter limiter, IntakeOptions options, ILogger<ComplaintStatusHandler> logger)
{
    public Task HandleAsync(HttpContext context) => HandlerGuard.RunAsync(context, logger, () => CheckAsync(context));

    private async Task CheckAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var read = await RequestBodyReader.ReadAsync(context.Request, FieldNames.StatusRequest, ct);
        if (!read.Ok)
        {
            IntakeLog.Rejected(logger, read.StatusCode, read.Errors.Count);
            await ResponseWriter.ErrorsAsync(context, read.Format, read.StatusCode, read.Errors);
            return;
        }
        // Counted before the lookup so receipt guessing is throttled too.
        if (!limiter.TryAcquire("status", ClientAddress.Of(context, options.ClientAddressHeader), options.StatusChecksPerWindow))
        {
            IntakeLog.RateLimited(logger, "status");
            await ResponseWriter.ErrorsAsync(context, read.Format, StatusCodes.Status429TooManyRequests, [FieldError.For(null, Messages.TooManyRequests)]);
            return;
        }
        var (request, errors) = StatusRequestValidator.Validate(read.Fields!);
        if (request is null)
        {
            IntakeLog.Rejected(logger, StatusCodes.Status400BadRequest, errors.Count);
            await ResponseWriter.ErrorsAsync(context, read.Format, StatusCodes.Status400BadRequest, errors);
            return;
        }
        var view = await desk.CheckAsync(request, ct);
        if (view is null)
        {
            IntakeLog.Rejected(logger, StatusCodes.Status404NotFound, 1);
            await ResponseWriter.ErrorsAsync(context, read.Format, StatusCodes.Status404NotFound, [FieldError.For(FieldNames.Receipt, Messages.ReceiptNotFound)]);
            return;
        }
        if (view.MessageStored)
        {
            IntakeLog.FollowUpStored(logger);
        }
        if (read.Format == ResponseFormat.Json)
        {
            var label = ComplaintStatus.Label(view.Status);
            await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, new
            {
                Status = view.Status,
                StatusTh = label.Th,
                StatusEn = label.En,
                Submitted = view.Submitted.ToString("yyyy-MM-dd"),
                Updated = view.Updated.ToString("yyyy-MM-dd"),
                Replies = view.Replies.Select(r => new { Sent = r.Sent.ToString("yyyy-MM-dd"), r.Message }),
                FollowUpsSent = view.FollowUpsSent.Select(d => d.ToString("yyyy-MM-dd")),
                MessageStored = view.MessageStored,
            });
        }
        else
        {
            await ResponseWriter.HtmlAsync(context, StatusCodes.Status200OK, StatusPage.Render(view, request.Receipt));
        }
    }
}
