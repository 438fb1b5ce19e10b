namespace IntegritySite.Intake.Pages;

public sealed record ReplyView(DateOnly Sent, string Message);

/// <summary>What a reporter may see about their report.</summary>
public sealed record StatusView(
    string Status,
    DateOnly Submitted,
    DateOnly Updated,
    IReadOnlyList<ReplyView> Replies,
    IReadOnlyList<DateOnly> FollowUpsSent,
    bool MessageStored);
