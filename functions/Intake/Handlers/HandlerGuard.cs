using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage;
using IntegritySite.Intake.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake.Handlers;

/// <summary>Maps "store down" to 503 and anything unexpected to a bare 500, logging only the exception type.</summary>
internal static class HandlerGuard
{
    public static async Task RunAsync(HttpContext context, ILogger logger, Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (StoreUnavailableException e) when (!context.Response.HasStarted)
        {
            IntakeLog.StoreUnavailable(logger, e.InnerException?.GetType().Name ?? nameof(StoreUnavailableException));
            await ResponseWriter.ErrorsAsync(context, RequestBodyReader.PreferredFormat(context.Request), StatusCodes.Status503ServiceUnavailable,
                [FieldError.For(null, Messages.StoreUnavailable)]);
        }
        catch (StoreOutcomeUnknownException e) when (!context.Response.HasStarted)
        {
            IntakeLog.StoreOutcomeUnknown(logger, e.InnerException?.GetType().Name ?? nameof(StoreOutcomeUnknownException));
            await ResponseWriter.ErrorsAsync(context, RequestBodyReader.PreferredFormat(context.Request), StatusCodes.Status504GatewayTimeout,
                [FieldError.For(null, Messages.StoreOutcomeUnknown)]);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            IntakeLog.Unexpected(logger, e.GetType().Name);
            await ResponseWriter.ErrorsAsync(context, RequestBodyReader.PreferredFormat(context.Request), StatusCodes.Status500InternalServerError,
                [FieldError.For(null, Messages.Unexpected)]);
        }
    }
}
