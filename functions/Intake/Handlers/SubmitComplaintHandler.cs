using IntegritySite.Intake.Abuse;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>POST /api/complaints</summary>
public sealed class SubmitComplaintHandler(ComplaintIntake intake, RotatingRateLimiter limiter, IntakeOptions options, ILogger<SubmitComplaintHandler> logger)
{
    public Task HandleAsync(HttpContext context) => HandlerGuard.RunAsync(context, logger, () => SubmitAsync(context));

    private async Task SubmitAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var read = await RequestBodyReader.ReadAsync(context.Request, FieldNames.Complaint, ct);
        if (!read.Ok)
        {
            IntakeLog.Rejected(logger, read.StatusCode, read.Errors.Count);
            await ResponseWriter.ErrorsAsync(context, read.Format, read.StatusCode, read.Errors);
            return;
        }
        if (!limiter.TryAcquire("submit", ClientAddress.Of(context, options.ClientAddressHeader), options.SubmissionsPerWindow))
        {
            IntakeLog.RateLimited(logger, "submit");
            await ResponseWriter.ErrorsAsync(context, read.Format, StatusCodes.Status429TooManyRequests, [FieldError.For(null, Messages.TooManyRequests)]);
            return;
        }
        var (submission, errors) = ComplaintValidator.Validate(read.Fields!);
        if (submission is null)
        {
            IntakeLog.Rejected(logger, StatusCodes.Status400BadRequest, errors.Count);
            await ResponseWriter.ErrorsAsync(context, read.Format, StatusCodes.Status400BadRequest, errors);
            return;
        }

        var (receipt, wasRetry) = await intake.SubmitAsync(submission, ct);
        if (wasRetry)
        {
            IntakeLog.RetryAnswered(logger);
        }
        else
        {
            IntakeLog.ComplaintStored(logger, submission.Facts.Category);
        }
        var status = wasRetry ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        if (read.Format == ResponseFormat.Json)
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
            await ResponseWriter.HtmlAsync(context, status, ReceiptPage.Render(receipt));
        }
    }
}
