namespace IntegritySite.Core.Complaints;

/// <summary>
/// Good-governance decree: the reporter gets an answer within 15 days of receipt; a report that lacks the facts to act
/// on is answered with what is missing within 7 working days (<see cref="FactsNoticeDueFor"/>).
/// </summary>
public static class AnswerDeadline
{
    public const int Days = 15;

    public static DateOnly DueFor(DateOnly submitted) => submitted.AddDays(Days);

    public const int FactsNoticeWorkingDays = 7;

    /// <summary>The last day to ask the reporter for missing facts, and whether the holiday lists made it an estimate.</summary>
    public static (DateOnly Day, bool Estimated) FactsNoticeDueFor(DateOnly submitted, Calendar.WorkingDays workingDays) =>
        workingDays.After(submitted, FactsNoticeWorkingDays);

    /// <summary>Past its due day and still open; a completed or closed complaint is never overdue.</summary>
    public static bool IsOverdue(DateOnly submitted, string status, DateOnly today) =>
        StatusGroups.IsOpen(status) && today > DueFor(submitted);
}
