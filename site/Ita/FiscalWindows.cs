using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>The site's fiscal calendar (site.yml) and the days an ITA item's evidence must be dated in.</summary>
public static class FiscalWindows
{
    public static FiscalCalendar Of(SiteConfig config) => new(config.FiscalYearStartMonth, config.FiscalYearStartDay);

    /// <summary>The days an item's evidence must be dated in, for the assessment of <paramref name="assessmentYear"/>; null for any time.</summary>
    public static DateRange? Window(this FiscalCalendar calendar, ItaPeriod period, int assessmentYear) => period switch
    {
        ItaPeriod.CurrentFiscalYear => calendar.FiscalYear(assessmentYear),
        ItaPeriod.PreviousFiscalYear => calendar.FiscalYear(assessmentYear - 1),
        ItaPeriod.FirstHalfCurrentFiscalYear => FiscalCalendar.FirstHalf(calendar.FiscalYear(assessmentYear)),
        _ => null,
    };
}
