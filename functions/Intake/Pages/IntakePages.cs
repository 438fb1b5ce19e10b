using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Service;
using IntegritySite.Layout;
using Microsoft.AspNetCore.Components;

namespace IntegritySite.Intake.Pages;

/// <summary>
/// Every page the intake answers with, rendered from its Razor component in the product's page frame
/// (<see cref="IntakeFrame"/> → <see cref="PageFrame"/>, the site's) by the one component renderer. One renderer per
/// process, in every host (the function app, the local host): concurrent requests queue on its dispatcher, and the
/// components keep nothing between renders.
/// </summary>
public static class IntakePages
{
    private static readonly ComponentHtml Renderer = new();

    /// <param name="problem">Set when the Send failed (store down, or not confirmed): said first, and the same Send form is offered again.</param>
    /// <param name="offer">The file inputs the Send form offers (null: none, and the form stays urlencoded).</param>
    /// <param name="fileErrors">Files refused at the last Send: said first, each by its position; nothing was saved.</param>
    public static Task<string> CheckAsync(ComplaintSubmission submission, string submissionId, Language language, BilingualText? problem = null,
        AttachmentOffer? offer = null, IReadOnlyList<FieldError>? fileErrors = null) =>
        RenderAsync<CheckPage>(language, new()
        {
            [nameof(CheckPage.Submission)] = submission,
            [nameof(CheckPage.SubmissionId)] = submissionId,
            [nameof(CheckPage.Problem)] = problem,
            [nameof(CheckPage.Offer)] = offer,
            [nameof(CheckPage.FileErrors)] = fileErrors,
        });

    /// <summary>The form again, filled in with what was sent, each problem beside its field; nothing was saved.</summary>
    public static Task<string> CheckErrorsAsync(FieldSet fields, IReadOnlyList<FieldError> errors, Language language) =>
        RenderAsync<CheckErrorsPage>(language, new() { [nameof(CheckErrorsPage.Fields)] = fields, [nameof(CheckErrorsPage.Errors)] = errors });

    public static Task<string> ReceiptAsync(ReceiptCode receipt, DateOnly received, Language language, IReadOnlyList<AttachmentEntry>? files = null) =>
        RenderAsync<ReceiptPage>(language, new()
        {
            [nameof(ReceiptPage.Receipt)] = receipt, [nameof(ReceiptPage.Received)] = received, [nameof(ReceiptPage.Files)] = files,
        });

    /// <param name="offer">File inputs for the follow-up form (null: this intake takes no files).</param>
    public static Task<string> StatusAsync(StatusView view, ReceiptCode receipt, Language language, AttachmentOffer? offer = null) =>
        RenderAsync<StatusPage>(language, new()
        {
            [nameof(StatusPage.View)] = view, [nameof(StatusPage.Receipt)] = receipt, [nameof(StatusPage.Offer)] = offer,
        });

    public static Task<string> ErrorAsync(int statusCode, IReadOnlyList<FieldError> errors, Language language) =>
        RenderAsync<ErrorPage>(language, new() { [nameof(ErrorPage.StatusCode)] = statusCode, [nameof(ErrorPage.Errors)] = errors });

    /// <summary>503: nothing saved, no receipt, try again.</summary>
    public static Task<string> UnavailableAsync(Language language) => RenderAsync<UnavailablePage>(language, []);

    /// <summary>504: not confirmed, sending again is safe.</summary>
    public static Task<string> UnconfirmedAsync(Language language) => RenderAsync<UnconfirmedPage>(language, []);

    private static Task<string> RenderAsync<TPage>(Language language, Dictionary<string, object?> parameters) where TPage : IComponent
    {
        parameters["Language"] = language;
        return Renderer.RenderDocumentAsync<TPage>(parameters);
    }
}
