using IntegritySite.Core.Complaints;
using IntegritySite.Intake.Handlers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IntegritySite.FunctionApp;

/// <summary>Officer endpoints; the handlers check X-Officer-Key themselves (401 without it).</summary>
public sealed class OfficerFunctions(OfficerHandlers officer)
{
    [Function("OfficerListComplaints")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/complaints")] HttpRequest request) =>
        Written.After(officer.ListAsync(request.HttpContext));

    [Function("OfficerStatistics")]
    public Task<IActionResult> Statistics([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/statistics")] HttpRequest request) =>
        Written.After(officer.StatisticsAsync(request.HttpContext));

    [Function("OfficerPurge")]
    public Task<IActionResult> Purge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/purge")] HttpRequest request) =>
        Written.After(officer.PurgeAsync(request.HttpContext));

    [Function("OfficerPurgePreview")]
    public Task<IActionResult> PurgePreview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/purge")] HttpRequest request) =>
        Written.After(officer.PurgePreviewAsync(request.HttpContext));

    [Function("OfficerGetComplaint")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/complaints/{id}")] HttpRequest request, string id) =>
        Written.After(officer.GetAsync(request.HttpContext, id));

    [Function("OfficerGetAttachment")]
    public Task<IActionResult> GetAttachment([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ComplaintRoutes.OfficerAttachment)] HttpRequest request, string id, string blob) =>
        Written.After(officer.GetAttachmentAsync(request.HttpContext, id, blob));

    [Function("OfficerSetStatus")]
    public Task<IActionResult> SetStatus([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/complaints/{id}/status")] HttpRequest request, string id) =>
        Written.After(officer.SetStatusAsync(request.HttpContext, id));

    [Function("OfficerReply")]
    public Task<IActionResult> Reply([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/complaints/{id}/replies")] HttpRequest request, string id) =>
        Written.After(officer.ReplyAsync(request.HttpContext, id));

    [Function("OfficerReseal")]
    public Task<IActionResult> Reseal([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/complaints/{id}/reseal")] HttpRequest request, string id) =>
        Written.After(officer.ResealAsync(request.HttpContext, id));
}
