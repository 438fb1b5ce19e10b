namespace IntegritySite.Site.Model;

public enum MeasureStatus
{
    NotStarted,
    InProgress,
    Done,
}

public static class MeasureStatusNames
{
    public static readonly IReadOnlyDictionary<string, MeasureStatus> ByKey = new Dictionary<string, MeasureStatus>(StringComparer.Ordinal)
    {
        ["not-started"] = MeasureStatus.NotStarted,
        ["in-progress"] = MeasureStatus.InProgress,
        ["done"] = MeasureStatus.Done,
    };

    public static string Key(this MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "not-started",
        MeasureStatus.InProgress => "in-progress",
        _ => "done",
    };

    /// <summary>The words of the memo's status columns.</summary>
    public static string Label(this MeasureStatus status, Language language) => (status, language) switch
    {
        (MeasureStatus.NotStarted, Language.Th) => "ยังไม่ดำเนินการ",
        (MeasureStatus.InProgress, Language.Th) => "อยู่ระหว่างดำเนินการ",
        (MeasureStatus.Done, Language.Th) => "ดำเนินการเรียบร้อยแล้ว",
        (MeasureStatus.NotStarted, _) => "Not started",
        (MeasureStatus.InProgress, _) => "In progress",
        _ => "Done",
    };
}
