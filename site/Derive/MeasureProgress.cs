using IntegritySite.Site.Model;

namespace IntegritySite.Site.Derive;

/// <summary>Every derived status figure in one place: a measure's status on a given day, and counts per status.</summary>
public static class MeasureProgress
{
    /// <summary>
    /// The status of the newest history entry on or before <paramref name="date"/>; not started before the first entry.
    /// A measure without any history has no dated status, so its current status stands.
    /// </summary>
    public static MeasureStatus StatusAsOf(this Measure measure, DateOnly date) =>
        measure.History.Count == 0
            ? measure.Status
            : measure.History.LastOrDefault(h => h.Date <= date)?.Status ?? MeasureStatus.NotStarted;

    public static StatusCounts Count(IEnumerable<MeasureStatus> statuses)
    {
        var list = statuses.ToList();
        return new StatusCounts(
            list.Count(s => s == MeasureStatus.NotStarted),
            list.Count(s => s == MeasureStatus.InProgress),
            list.Count(s => s == MeasureStatus.Done));
    }

    public static StatusCounts CountCurrent(IEnumerable<Measure> measures) => Count(measures.Select(m => m.Status));

    public static StatusCounts CountAsOf(IEnumerable<Measure> measures, DateOnly date) => Count(measures.Select(m => m.StatusAsOf(date)));
}
