using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>An inclusive range of days.</summary>
public sealed record DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

/// <summary>
/// Fiscal years in the Buddhist Era: with the Thai start of 1 October, FY 2564 runs 1 Oct 2020 – 30 Sep 2021.
/// </summary>
public sealed record FiscalCalendar(int StartMonth, int StartDay)
{
    public static FiscalCalendar Of(SiteConfig config) => new(config.FiscalYearStartMonth, config.FiscalYearStartDay);

    /// <summary>The fiscal year (Buddhist Era) a day falls in: 1 October 2020 is in 2564.</summary>
    public int YearOf(DateOnly date)
    {
        var start = new DateOnly(date.Year, StartMonth, StartDay);
        return (date >= start ? date.Year + 1 : date.Year) + Derive.ThaiDates.BuddhistEraOffset;
    }

    public DateRange FiscalYear(int buddhistYear)
    {
        var gregorianEndYear = buddhistYear - Derive.ThaiDates.BuddhistEraOffset;
        var start = new DateOnly(gregorianEndYear - 1, StartMonth, StartDay);
        return new DateRange(start, new DateOnly(gregorianEndYear, StartMonth, StartDay).AddDays(-1));
    }

    /// <summary>The days an item's evidence must be dated in, for the assessment of <paramref name="assessmentYear"/>; null for any time.</summary>
    public DateRange? Window(ItaPeriod period, int assessmentYear) => period switch
    {
        ItaPeriod.CurrentFiscalYear => FiscalYear(assessmentYear),
        ItaPeriod.PreviousFiscalYear => FiscalYear(assessmentYear - 1),
        ItaPeriod.FirstHalfCurrentFiscalYear => FirstHalf(FiscalYear(assessmentYear)),
        _ => null,
    };

    private static DateRange FirstHalf(DateRange year) => year with { End = year.Start.AddMonths(6).AddDays(-1) };
}
