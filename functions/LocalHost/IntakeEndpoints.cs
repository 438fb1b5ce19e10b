using IntegritySite.Core.Complaints;
using IntegritySite.Intake;
using IntegritySite.Intake.Handlers;
using IntegritySite.Intake.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.LocalHost;

/// <summary>The intake API for a local ASP.NET Core host: the same handlers and routes as the function app.</summary>
public static class IntakeEndpoints
{
    /// <summary>The intake's services, and the daily digest at 08:00 when notifications are configured (the function app uses a timer).</summary>
    public static IServiceCollection AddComplaintIntake(this IServiceCollection services, IntakeOptions options)
    {
        services.AddIntakeHandlers(options);
        if (options.NotificationsEnabled)
        {
            services.AddHostedService<Intake.Notifications.DailyDigestSchedule>();
        }
        return services;
    }

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost(ComplaintRoutes.Submit, (HttpContext c, SubmitComplaintHandler h) => h.HandleAsync(c));
        api.MapPost(ComplaintRoutes.Check, (HttpContext c, CheckComplaintHandler h) => h.HandleAsync(c));
        api.MapPost(ComplaintRoutes.Status, (HttpContext c, ComplaintStatusHandler h) => h.HandleAsync(c));
        api.MapGet("/officer/complaints", (HttpContext c, OfficerHandlers h) => h.ListAsync(c));
        api.MapGet("/officer/statistics", (HttpContext c, OfficerHandlers h) => h.StatisticsAsync(c));
        api.MapGet("/officer/purge", (HttpContext c, OfficerHandlers h) => h.PurgePreviewAsync(c));
        api.MapPost("/officer/purge", (HttpContext c, OfficerHandlers h) => h.PurgeAsync(c));
        api.MapGet("/officer/complaints/{id}", (HttpContext c, string id, OfficerHandlers h) => h.GetAsync(c, id));
        api.MapGet(ComplaintRoutes.OfficerAttachment, (HttpContext c, string id, string blob, OfficerHandlers h) => h.GetAttachmentAsync(c, id, blob));
        api.MapPost("/officer/complaints/{id}/status", (HttpContext c, string id, OfficerHandlers h) => h.SetStatusAsync(c, id));
        api.MapPost("/officer/complaints/{id}/replies", (HttpContext c, string id, OfficerHandlers h) => h.ReplyAsync(c, id));
        api.MapPost("/officer/complaints/{id}/reseal", (HttpContext c, string id, OfficerHandlers h) => h.ResealAsync(c, id));
        return app;
    }
}
