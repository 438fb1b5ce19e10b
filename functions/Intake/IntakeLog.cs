using Microsoft.Extensions.Logging;

namespace IntegritySite.Intake;

/// <summary>The only things the intake logs: events and categories, never bodies, receipts or addresses.</summary>
internal static partial class IntakeLog
{
    [LoggerMessage(1, LogLevel.Information, "Complaint stored (category {Category}).")]
    public static partial void ComplaintStored(ILogger logger, string category);

    [LoggerMessage(2, LogLevel.Information, "Retried submission answered with its original receipt.")]
    public static partial void RetryAnswered(ILogger logger);

    [LoggerMessage(3, LogLevel.Warning, "Complaint store unavailable ({ExceptionType}); answered 503.")]
    public static partial void StoreUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(4, LogLevel.Information, "Request rejected: {StatusCode} ({ErrorCount} problems).")]
    public static partial void Rejected(ILogger logger, int statusCode, int errorCount);

    [LoggerMessage(5, LogLevel.Warning, "Rate limit reached on {Bucket}.")]
    public static partial void RateLimited(ILogger logger, string bucket);

    [LoggerMessage(6, LogLevel.Information, "Reporter follow-up stored.")]
    public static partial void FollowUpStored(ILogger logger);

    [LoggerMessage(7, LogLevel.Information, "Officer {Action} on a complaint.")]
    public static partial void OfficerAction(ILogger logger, string action);

    [LoggerMessage(8, LogLevel.Warning, "Officer endpoint called without a valid key.")]
    public static partial void OfficerUnauthorised(ILogger logger);

    [LoggerMessage(9, LogLevel.Error, "Unexpected failure ({ExceptionType}).")]
    public static partial void Unexpected(ILogger logger, string exceptionType);

    [LoggerMessage(11, LogLevel.Warning, "Complaint store stopped answering before a write was confirmed ({ExceptionType}); answered 504.")]
    public static partial void StoreOutcomeUnknown(ILogger logger, string exceptionType);

    [LoggerMessage(12, LogLevel.Warning, "Officer reply refused: its signature does not verify.")]
    public static partial void ReplySignatureRejected(ILogger logger);

    [LoggerMessage(10, LogLevel.Information, "Retention purge deleted {Complaints} complaints ({Entities} entities).")]
    public static partial void Purged(ILogger logger, int complaints, int entities);

    [LoggerMessage(13, LogLevel.Information, "Officer notification sent ({Kind}).")]
    public static partial void NotificationSent(ILogger logger, string kind);

    [LoggerMessage(14, LogLevel.Warning, "Officer notification not sent ({Kind}, {ExceptionType}); will try again.")]
    public static partial void NotificationFailed(ILogger logger, string kind, string exceptionType);
}
