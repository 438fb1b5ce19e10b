namespace IntegritySite.Site.Model;

public enum ReportKind
{
    IntegrityMeasures,
    HalfYearProgress,
    Annual,
    ItaAnalysis,
    Other,
}

public static class ReportKindNames
{
    public static readonly IReadOnlyDictionary<string, ReportKind> ByKey = new Dictionary<string, ReportKind>(StringComparer.Ordinal)
    {
        ["integrity-measures"] = ReportKind.IntegrityMeasures,
        ["half-year-progress"] = ReportKind.HalfYearProgress,
        ["annual"] = ReportKind.Annual,
        ["ita-analysis"] = ReportKind.ItaAnalysis,
        ["other"] = ReportKind.Other,
    };

    public static string Label(this ReportKind kind, Language language) => (kind, language) switch
    {
        (ReportKind.IntegrityMeasures, Language.Th) => "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
        (ReportKind.HalfYearProgress, Language.Th) => "รายงานความก้าวหน้ารอบ 6 เดือน",
        (ReportKind.Annual, Language.Th) => "รายงานประจำปี",
        (ReportKind.ItaAnalysis, Language.Th) => "การวิเคราะห์ผลการประเมิน ITA",
        (ReportKind.Other, Language.Th) => "อื่น ๆ",
        (ReportKind.IntegrityMeasures, _) => "Integrity and transparency measures",
        (ReportKind.HalfYearProgress, _) => "Six-month progress report",
        (ReportKind.Annual, _) => "Annual report",
        (ReportKind.ItaAnalysis, _) => "ITA result analysis",
        _ => "Other",
    };
}
