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
public sealed class SubmitComplaintHandler(ComplaintIntake intake, ReporterRequests requests, ILogger<SubmitComplaintHandler> logger)
{
    private static readonly ReporterRoute<ComplaintSubmission> Route =
        new("submit", FieldNames.Complaint, o => o.SubmissionsPerWindow, ComplaintValidator.Validate);

    public Task HandleAsync(HttpContext context) => HandlerGuard.RunAsync(context, logger, () => SubmitAsync(context));

    private async Task SubmitAsync(HttpContext context)
    {
        var (submission, format) = await requests.ReadAsync(context, Route, logger);
        if (submission is null)
        {
            return;
        }

        // A form sent from the check page carries its submission id: if the store fails, answer that page again with the
        // same id, so pressing Send once more is all the reporter has to do (and it cannot store twice).
        if (format == ResponseFormat.Html && submission.SubmissionId is { } submissionId)
        {
            try
            {
                await StoreAndAnswerAsync(context, submission, format);
            }
            catch (StoreUnavailableException e) when (!context.Response.HasStarted)
            {
                IntakeLog.StoreUnavailable(logger, e.InnerException?.GetType().Name ?? nameof(StoreUnavailableException));
                context.Response.Headers.RetryAfter = "30";
                await ResponseWriter.HtmlAsync(context, StatusCodes.Status503ServiceUnavailable, CheckPage.Render(submission, submissionId, PageLanguage.Of(context), Messages.StoreUnavailable));
            }
            catch (StoreOutcomeUnknownException e) when (!context.Response.HasStarted)
            {
                IntakeLog.StoreOutcomeUnknown(logger, e.InnerException?.GetType().Name ?? nameof(StoreOutcomeUnknownException));
                context.Response.Headers.RetryAfter = "30";
                await ResponseWriter.HtmlAsync(context, StatusCodes.Status504GatewayTimeout, CheckPage.Render(submission, submissionId, PageLanguage.Of(context), Messages.StoreOutcomeUnknown));
            }
            return;
        }
        await StoreAndAnswerAsync(context, submission, format);
    }

    private async Task StoreAndAnswerAsync(HttpContext context, ComplaintSubmission submission, ResponseFormat format)
    {
        var (receipt, wasRetry, submitted) = await intake.SubmitAsync(submission, context.RequestAborted);
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
            await ResponseWriter.HtmlAsync(context, status, ReceiptPage.Render(receipt, submitted, PageLanguage.Of(context)));
        }
    }
}
