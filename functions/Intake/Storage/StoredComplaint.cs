using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Storage;

/// <summary>
/// One complaint as stored: its id (the keyed receipt hash), category and status in clear (ITA statistics), Bangkok
/// days, the content sealed to the officers, and the per-report key wrapped under the receipt.
/// <see cref="Version"/> changes with every write (an ETag, or a row version); empty before the first.
/// </summary>
public sealed record StoredComplaint(
    string Id,
    string Category,
    string Status,
    string Submitted,
    string Updated,
    byte[] Content,
    WrappedReportKey ReportKey,
    string Version = "");

/// <summary>A complaint without its content.</summary>
public sealed record ComplaintListing(string Id, string Category, string Status, string Submitted, string Updated, string Version);
