using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Storage;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>POST /api/complaints</summary>
public sealed class SubmitComplaintHandler(ComplaintIntake intake, ReporterRequests requests, AttachmentReceiver receiver, ILogger<SubmitComplaintHandler> logger)
{
    private static readonly ReporterRoute<ComplaintSubmission> Route =
        new("submit", FieldNames.Complaint, o => o.SubmissionsPerWindow, ComplaintValidator.Validate);

    public Task HandleAsync(HttpContext context) => HandlerGuard.RunAsync(context, logger, () => SubmitAsync(context));

    private async Task SubmitAsync(HttpContext context)
    {
        // Files arrive encrypted into blobs of their own while the body is read; until the complaint's row links them
        // (handed over to the intake, which settles them with the write) they are deleted on every way out, a cut-off
        // upload included. A blob that escapes this (the process killed) belongs to no complaint and is swept.
        var received = new List<ReceivedAttachment>();
        var handedOver = false;
        try
        {
            ComplaintSubmission? submission;
            ResponseFormat format;
            IReadOnlyList<FieldError> fileErrors = [];
            if (MultipartBodyReader.IsMultipart(context.Request))
            {
                (submission, fileErrors) = await requests.ReadWithFilesAsync(context, Route, logger, receiver, received);
                format = ResponseFormat.Html;
            }
            else
            {
                (submission, format) = await requests.ReadAsync(context, Route, logger);
            }
            if (submission is null)
            {
                return;
            }
            if (fileErrors.Count > 0)
            {
                await RefuseFilesAsync(context, submission, fileErrors);
                return;
            }
            handedOver = true;
            await SubmitValidAsync(context, submission, format, received);
        }
        finally
        {
            if (!handedOver)
            {
                await receiver.DiscardAsync(received);
            }
        }
    }

    /// <summary>Nothing is stored: the check page again (its Send form, the same submission id) with each refused file named.</summary>
    private Task RefuseFilesAsync(HttpContext context, ComplaintSubmission submission, IReadOnlyList<FieldError> fileErrors)
    {
        ReporterRequests.LogRejected(logger, StatusCodes.Status400BadRequest, fileErrors.Count);
        return submission.SubmissionId is { } submissionId
            ? ResponseWriter.HtmlAsync(context, StatusCodes.Status400BadRequest, IntakePages.CheckAsync(submission, submissionId, PageLanguage.Of(context), offer: Offer, fileErrors: fileErrors))
            : ResponseWriter.ErrorsAsync(context, ResponseFormat.Html, StatusCodes.Status400BadRequest, fileErrors);
    }

    private AttachmentOffer? Offer => AttachmentOffer.From(receiver);

    private async Task SubmitValidAsync(HttpContext context, ComplaintSubmission submission, ResponseFormat format, IReadOnlyList<ReceivedAttachment> files)
    {

        // A form sent from the check page carries its submission id: if the store fails, answer that page again with the
        // same id, so pressing Send once more is all the reporter has to do (and it cannot store twice).
        if (format == ResponseFormat.Html && submission.SubmissionId is { } submissionId)
        {
            try
            {
                await StoreAndAnswerAsync(context, submission, format, files);
            }
            catch (StoreUnavailableException e) when (!context.Response.HasStarted)
            {
                IntakeLog.StoreUnavailable(logger, e.InnerException?.GetType().Name ?? nameof(StoreUnavailableException));
                context.Response.Headers.RetryAfter = "30";
                await ResponseWriter.HtmlAsync(context, StatusCodes.Status503ServiceUnavailable, IntakePages.CheckAsync(submission, submissionId, PageLanguage.Of(context), Messages.StoreUnavailable, Offer));
            }
            catch (StoreOutcomeUnknownException e) when (!context.Response.HasStarted)
            {
                IntakeLog.StoreOutcomeUnknown(logger, e.InnerException?.GetType().Name ?? nameof(StoreOutcomeUnknownException));
                context.Response.Headers.RetryAfter = "30";
                await ResponseWriter.HtmlAsync(context, StatusCodes.Status504GatewayTimeout, IntakePages.CheckAsync(submission, submissionId, PageLanguage.Of(context), Messages.StoreOutcomeUnknown, Offer));
            }
            return;
        }
        await StoreAndAnswerAsync(context, submission, format, files);
    }

    private async Task StoreAndAnswerAsync(HttpContext context, ComplaintSubmission submission, ResponseFormat format, IReadOnlyList<ReceivedAttachment> files)
    {
        var (receipt, wasRetry, submitted) = await intake.SubmitAsync(submission, files, context.RequestAborted);
        if (wasRetry)
        {
            IntakeLog.RetryAnswered(logger);
        }
        else
        {
            IntakeLog.ComplaintStored(logger, submission.Facts.Category);
        }
        var status = wasRetry ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        if (format == ResponseFormat.Json)
        {
            await ResponseWriter.JsonAsync(context, status, new
            {
                Receipt = receipt.Value,
                ReceiptDisplay = receipt.Display,
                Status = ComplaintStatus.Received,
                Th = "ได้รับเรื่องแล้ว จดรหัสติดตามนี้ไว้และเก็บเป็นความลับ รหัสจะแสดงเพียงครั้งเดียว หน่วยงานจะตอบภายใน 15 วัน ตรวจสอบได้ที่ /check-report/",
                En = "Received. Write this receipt code down and keep it secret; it is shown only once. You will be answered within 15 days; check at /check-report/.",
            });
        }
        else
        {
            await ResponseWriter.HtmlAsync(context, status, IntakePages.ReceiptAsync(receipt, submitted, PageLanguage.Of(context), files.Select(f => f.Entry).ToList()));
        }
    }
}
