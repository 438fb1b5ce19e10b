using Azure;

namespace IntegritySite.Intake.Storage;

/// <summary>Which exceptions mean "the store is down" rather than a logic error.</summary>
internal static class StoreFailures
{
    public static bool IsTableMissing(Exception e) =>
        e is RequestFailedException { Status: 404, ErrorCode: "TableNotFound" }
        || e is RequestFailedException { Status: 404 } r && r.Message.Contains("TableNotFound", StringComparison.Ordinal);

    public static bool IsUnavailable(Exception e, CancellationToken ct) => e switch
    {
        OperationCanceledException => !ct.IsCancellationRequested,
        RequestFailedException r => r.Status == 0 || r.Status >= 500 || r.Status == 408,
        AggregateException a => a.InnerExceptions.All(inner => IsUnavailable(inner, ct)),
        HttpRequestException or IOException or TimeoutException or System.Net.Sockets.SocketException => true,
        _ => false,
    };
}
