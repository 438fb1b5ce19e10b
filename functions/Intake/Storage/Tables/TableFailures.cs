using System.Net.Http;
using System.Net.Sockets;
using Azure;

namespace IntegritySite.Intake.Storage.Tables;

/// <summary>Which exceptions mean "the store is down" rather than a logic error, and which prove a request never left.</summary>
internal static class TableFailures
{
    public static bool IsTableMissing(Exception e) =>
        e is RequestFailedException { Status: 404, ErrorCode: "TableNotFound" }
        || e is RequestFailedException { Status: 404 } r && r.Message.Contains("TableNotFound", StringComparison.Ordinal);

    public static bool IsUnavailable(Exception e, CancellationToken ct) => e switch
    {
        OperationCanceledException => !ct.IsCancellationRequested,
        RequestFailedException r => r.Status == 0 || r.Status >= 500 || r.Status == 408,
        AggregateException a => a.InnerExceptions.All(inner => IsUnavailable(inner, ct)),
        HttpRequestException or IOException or TimeoutException or SocketException => true,
        _ => false,
    };

    /// <summary>
    /// True only when the one attempt of a write was certainly not applied: it never connected (no byte reached the
    /// store), or the store answered 503 (busy: refused, not applied). A time-out, a reset after sending or a 500 leave
    /// the outcome unknown.
    /// </summary>
    public static bool NotApplied(Exception e) => e switch
    {
        StoreUnavailableException s => s.InnerException is { } inner && NotApplied(inner),
        RequestFailedException { Status: 503 } => true,
        RequestFailedException { Status: 0, InnerException: { } inner } => NotApplied(inner),
        HttpRequestException h => h.HttpRequestError == HttpRequestError.ConnectionError,
        SocketException s => s.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable,
        _ => false,
    };
}
