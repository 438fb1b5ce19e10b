namespace IntegritySite.Core.Calendar;

/// <summary>
/// Government working days: Monday to Friday, less the holidays of the years it knows. A count that crosses a year with
/// no list, or with a list not yet checked, is an estimate, and says so.
/// </summary>
public sealed class WorkingDays(IEnumerable<HolidayYear> years)
{
    private readonly Dictionary<int, HolidayYear> _years = years.ToDictionary(y => y.BuddhistYear - ThaiDate.BuddhistEraOffset);

    public static readonly WorkingDays WeekendsOnly = new([]);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(_years.TryGetValue(day.Year, out var year) && year.Days.ContainsKey(day));

    /// <summary>The <paramref name="count"/>th working day after <paramref name="from"/>, and whether that is an estimate.</summary>
    public (DateOnly Day, bool Estimated) After(DateOnly from, int count)
    {
        var day = from;
        var estimated = false;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            estimated |= !(_years.TryGetValue(day.Year, out var year) && year.Complete);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }
        return (day, estimated);
    }
}
