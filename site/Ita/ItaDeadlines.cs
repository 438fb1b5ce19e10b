namespace IntegritySite.Site.Ita;

/// <param name="DaysLeft">Days from today to <see cref="DueAfter"/>; negative once it has passed.</param>
public sealed record ItaDeadline(int Year, ItaItem Item, DateOnly DueAfter, int DaysLeft);

/// <summary>
/// Pure: which half-year items still need publishing, relative to <c>today</c>. A six-month report can only be made once
/// the first half (1 October – 31 March) is over, so it is due after 31 March. Only the assessment year whose fiscal
/// year contains today has deadlines; older years are simply missing.
/// </summary>
public static class ItaDeadlines
{
    public static IReadOnlyList<ItaDeadline> Upcoming(IReadOnlyList<YearCoverage> coverage, FiscalCalendar calendar, DateOnly today) =>
        coverage
            .Where(year => calendar.FiscalYear(year.Year).Contains(today))
            .SelectMany(year => year.Items
                .Where(i => i.Item.Period == ItaPeriod.FirstHalfCurrentFiscalYear && i.State != ItemState.Present && i.Window is not null)
                .Select(i => new ItaDeadline(year.Year, i.Item, i.Window!.End, i.Window.End.DayNumber - today.DayNumber)))
            .OrderBy(d => d.DueAfter).ThenBy(d => d.Year).ThenBy(d => d.Item.Location.Line)
            .ToList();
}
