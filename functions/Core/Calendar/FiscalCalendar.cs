namespace IntegritySite.Core.Calendar;

/// <summary>
/// Fiscal years in the Buddhist Era: with the Thai start of 1 October, FY 2564 runs 1 Oct 2020 – 30 Sep 2021.
/// </summary>
public sealed record FiscalCalendar(int StartMonth, int StartDay)
{
    /// <summary>The Thai government's fiscal year, from 1 October.</summary>
    public static readonly FiscalCalendar Thai = new(10, 1);

    /// <summary>The fiscal year (Buddhist Era) a day falls in: 1 October 2020 is in 2564.</summary>
    public int YearOf(DateOnly date)
    {
        var start = new DateOnly(date.Year, StartMonth, StartDay);
        return (date >= start ? date.Year + 1 : date.Year) + ThaiDate.BuddhistEraOffset;
    }

    public DateRange FiscalYear(int buddhistYear)
    {
        var gregorianEndYear = buddhistYear - ThaiDate.BuddhistEraOffset;
        var start = new DateOnly(gregorianEndYear - 1, StartMonth, StartDay);
        return new DateRange(start, new DateOnly(gregorianEndYear, StartMonth, StartDay).AddDays(-1));
    }

    /// <summary>The first six months of a fiscal year (1 October – 31 March with the Thai start).</summary>
    public static DateRange FirstHalf(DateRange year) => year with { End = year.Start.AddMonths(6).AddDays(-1) };
}
