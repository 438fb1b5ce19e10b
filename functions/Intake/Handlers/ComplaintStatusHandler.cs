using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>POST /api/complaints/status — the receipt arrives in the body, never in a URL.</summary>
public sealed class ComplaintStatusHandler(ReporterDesk desk, ReporterRequests requests, AttachmentReceiver receiver, ILogger<ComplaintStatusHandler> logger)
{
    private static readonly ReporterRoute<StatusRequest> Route =
        new("status", FieldNames.StatusRequest, o => o.StatusChecksPerWindow, StatusRequestValidator.Validate);

    public Task HandleAsync(HttpContext context) => HandlerGuard.RunAsync(context, logger, () => CheckAsync(context));

    private async Task CheckAsync(HttpContext context)
    {
        // Files added later with the receipt: as with a new report, they are deleted on every way out until the
        // follow-up's row links them (the desk settles them with that write).
        var received = new List<ReceivedAttachment>();
        var handedOver = false;
        try
        {
            StatusRequest? request;
            ResponseFormat format;
            IReadOnlyList<FieldError> fileErrors = [];
            if (MultipartBodyReader.IsMultipart(context.Request))
            {
                (request, fileErrors) = await requests.ReadWithFilesAsync(context, Route, logger, receiver, received);
                format = ResponseFormat.Html;
            }
            else
            {
                (request, format) = await requests.ReadAsync(context, Route, logger);
            }
            if (request is null)
            {
                return;
            }
            if (fileErrors.Count > 0)
            {
                await ReporterRequests.RejectAsync(context, logger, format, StatusCodes.Status400BadRequest, fileErrors);
                return;
            }
            handedOver = true;
            await AnswerAsync(context, request, format, received);
        }
        finally
        {
            if (!handedOver)
            {
                await receiver.DiscardAsync(received);
            }
        }
    }

    private async Task AnswerAsync(HttpContext context, StatusRequest request, ResponseFormat format, IReadOnlyList<ReceivedAttachment> files)
    {
        var view = await desk.CheckAsync(request, files, context.RequestAborted);
        if (view is null)
        {
            await ReporterRequests.RejectAsync(context, logger, format, StatusCodes.Status404NotFound, [FieldError.For(FieldNames.Receipt, Messages.ReceiptNotFound)]);
            return;
        }
        if (view.MessageStored)
        {
            IntakeLog.FollowUpStored(logger);
        }
        if (format == ResponseFormat.Json)
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
            await ResponseWriter.HtmlAsync(context, StatusCodes.Status200OK, IntakePages.StatusAsync(view, request.Receipt, PageLanguage.Of(context), AttachmentOffer.From(receiver)));
        }
    }
}
