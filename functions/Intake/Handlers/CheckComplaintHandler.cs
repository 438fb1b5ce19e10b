using System.Security.Cryptography;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>
/// POST /api/complaints/check — the site's form posts here first. Stores nothing: it validates, then answers the
/// check-before-sending page, whose Send form carries a submission id drawn here (so the browser's retries store the
/// report once, with no JavaScript), or the form again, filled in, with the problems beside their fields.
/// JSON clients get <c>{"submission_id": "…"}</c> or the usual errors.
/// </summary>
public sealed class CheckComplaintHandler(ReporterRequests requests, Service.AttachmentReceiver receiver, ILogger<CheckComplaintHandler> logger)
{
    private static readonly ReporterRoute<ComplaintSubmission> Route =
        new("check", FieldNames.Complaint, o => o.StatusChecksPerWindow, ComplaintValidator.Validate);

    public Task HandleAsync(HttpContext context) => HandlerGuard.RunAsync(context, logger, () => CheckAsync(context));

    private async Task CheckAsync(HttpContext context)
    {
        var (submission, format) = await requests.ReadAsync(context, Route, logger, answerInvalid: AnswerInvalidAsync);
        if (submission is null)
        {
            return;
        }
        var submissionId = NewSubmissionId();
        if (format == ResponseFormat.Json)
        {
            await ResponseWriter.JsonAsync(context, StatusCodes.Status200OK, new { SubmissionId = submissionId });
            return;
        }
        await ResponseWriter.HtmlAsync(context, StatusCodes.Status200OK, IntakePages.CheckAsync(submission, submissionId, PageLanguage.Of(context), offer: AttachmentOffer.From(receiver)));
    }

    private static Task AnswerInvalidAsync(HttpContext context, ResponseFormat format, FieldSet fields, IReadOnlyList<FieldError> errors) =>
        format == ResponseFormat.Json
            ? ResponseWriter.ErrorsAsync(context, format, StatusCodes.Status400BadRequest, errors)
            : ResponseWriter.HtmlAsync(context, StatusCodes.Status400BadRequest, IntakePages.CheckErrorsAsync(fields, errors, PageLanguage.Of(context)));

    /// <summary>128 random bits: unique to this page load, so two reporters never share one.</summary>
    private static string NewSubmissionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
