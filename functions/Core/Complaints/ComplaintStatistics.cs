using IntegritySite.Core.Calendar;

namespace IntegritySite.Core.Complaints;

/// <summary>ITA o31 figures; received = in progress + completed (see <see cref="StatusGroups"/>).</summary>
public sealed record GroupCounts(int Received, int InProgress, int Completed)
{
    public static GroupCounts Of(IEnumerable<CountedComplaint> complaints)
    {
        var groups = complaints.Select(c => StatusGroups.Of(c.Status)).ToList();
        var completed = groups.Count(g => g == StatusGroup.Completed);
        return new GroupCounts(groups.Count, groups.Count - completed, completed);
    }

    public static GroupCounts Sum(IEnumerable<GroupCounts> rows)
    {
        var list = rows.ToList();
        return new GroupCounts(list.Sum(r => r.Received), list.Sum(r => r.InProgress), list.Sum(r => r.Completed));
    }
}

public sealed record CategoryCounts(string Category, GroupCounts Counts);

/// <summary><see cref="Month"/> is yyyy-MM of the Bangkok submission date.</summary>
public sealed record MonthCounts(string Month, GroupCounts Counts);

/// <summary>
/// Counts only: no content, no ids, no day of submission. Every category and every month of the period up to
/// <see cref="AsOf"/> is listed, so a period without complaints is a list of zeros rather than an empty answer.
/// </summary>
public sealed record ComplaintStatistics(string From, string To, string AsOf, GroupCounts Total, IReadOnlyList<CategoryCounts> ByCategory, IReadOnlyList<MonthCounts> ByMonth)
{
    public static ComplaintStatistics Count(IReadOnlyList<CountedComplaint> complaints, DateOnly from, DateOnly to, DateOnly asOf)
    {
        var counted = complaints.Where(c => c.Submitted >= from && c.Submitted <= to && c.Submitted <= asOf).ToList();
        var byCategory = ComplaintCategory.All.Keys
            .Select(code => new CategoryCounts(code, GroupCounts.Of(counted.Where(c => c.Category == code))))
            .ToList();
        var byMonth = MonthsBetween(from, to < asOf ? to : asOf)
            .Select(month => new MonthCounts(month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                GroupCounts.Of(counted.Where(c => c.Submitted.Year == month.Year && c.Submitted.Month == month.Month))))
            .ToList();
        return new ComplaintStatistics(BangkokDate.Format(from), BangkokDate.Format(to), BangkokDate.Format(asOf), GroupCounts.Of(counted), byCategory, byMonth);
    }

    private static IEnumerable<DateOnly> MonthsBetween(DateOnly from, DateOnly last)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}
