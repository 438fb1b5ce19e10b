using IntegritySite.Core.Complaints;
using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Model;

/// <summary>One month's figures; <see cref="Month"/> is its first day.</summary>
public sealed record MonthlyCounts(DateOnly Month, GroupCounts Counts);

/// <summary>
/// ITA o31, from input/data/complaint-statistics.yml (written by <c>officer stats</c>): counts of one fiscal year
/// as of a day, by category and by month. Received = in progress + completed.
/// </summary>
public sealed record PublishedStatistics(int FiscalYear, DateOnly AsOf, DateRange Period, IReadOnlyList<CategoryCounts> ByCategory, IReadOnlyList<MonthlyCounts> ByMonth)
{
    public GroupCounts Total { get; } = GroupCounts.Sum(ByCategory.Select(c => c.Counts));

    /// <summary>ITA asks to say so when there were none.</summary>
    public bool NoneReceived => Total.Received == 0;
}
