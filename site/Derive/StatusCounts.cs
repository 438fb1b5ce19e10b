using IntegritySite.Site.Model;

namespace IntegritySite.Site.Derive;

public sealed record StatusCounts(int NotStarted, int InProgress, int Done)
{
    public int Total => NotStarted + InProgress + Done;

    public int this[MeasureStatus status] => status switch
    {
        MeasureStatus.NotStarted => NotStarted,
        MeasureStatus.InProgress => InProgress,
        _ => Done,
    };
}
