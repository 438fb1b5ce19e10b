using IntegritySite.Core.Complaints;
using IntegritySite.Intake.Handlers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IntegritySite.FunctionApp;

/// <summary>Public reporter endpoints; each is a one-line call into the shared intake handlers.</summary>
public sealed class ComplaintFunctions(SubmitComplaintHandler submit, CheckComplaintHandler check, ComplaintStatusHandler status)
{
    [Function("SubmitComplaint")]
    public Task<IActionResult> SubmitComplaint([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ComplaintRoutes.Submit)] HttpRequest request) =>
        Written.After(submit.HandleAsync(request.HttpContext));

    [Function("CheckComplaint")]
    public Task<IActionResult> CheckComplaint([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ComplaintRoutes.Check)] HttpRequest request) =>
        Written.After(check.HandleAsync(request.HttpContext));

    [Function("ComplaintStatus")]
    public Task<IActionResult> ComplaintStatus([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ComplaintRoutes.Status)] HttpRequest request) =>
        Written.After(status.HandleAsync(request.HttpContext));
}
