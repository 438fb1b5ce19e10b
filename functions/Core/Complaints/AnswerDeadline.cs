namespace IntegritySite.Core.Complaints;

/// <summary>Good-governance decree: the reporter gets an answer within 15 days of receipt.</summary>
public static class AnswerDeadline
{
    public const int Days = 15;

    public static DateOnly DueFor(DateOnly submitted) => submitted.AddDays(Days);

    /// <summary>Past its due day and still open; a completed or closed complaint is never overdue.</summary>
    public static bool IsOverdue(DateOnly submitted, string status, DateOnly today) =>
        StatusGroups.IsOpen(status) && today > DueFor(submitted);
}
