using IntegritySite.Site.Derive;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>An item's period in words, with its dates: Buddhist Era in Thai, Gregorian in English.</summary>
public static class PeriodText
{
    public static string Name(ItaPeriod period, Language language) => (period, language) switch
    {
        (ItaPeriod.Any, Language.Th) => "ไม่กำหนดช่วงเวลา",
        (ItaPeriod.CurrentFiscalYear, Language.Th) => "ปีงบประมาณปัจจุบัน",
        (ItaPeriod.PreviousFiscalYear, Language.Th) => "ปีงบประมาณที่ผ่านมา",
        (ItaPeriod.FirstHalfCurrentFiscalYear, Language.Th) => "6 เดือนแรกของปีงบประมาณปัจจุบัน",
        (ItaPeriod.Any, _) => "Any time",
        (ItaPeriod.CurrentFiscalYear, _) => "Current fiscal year",
        (ItaPeriod.PreviousFiscalYear, _) => "Previous fiscal year",
        _ => "First six months of the current fiscal year",
    };

    public static string Range(DateRange window, Language language) =>
        $"{ThaiDates.Format(window.Start, language)} – {ThaiDates.Format(window.End, language)}";

    public static string Describe(ItaPeriod period, DateRange? window, Language language) =>
        window is null ? Name(period, language) : $"{Name(period, language)} ({Range(window, language)})";
}
