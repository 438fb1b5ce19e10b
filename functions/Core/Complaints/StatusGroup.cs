namespace IntegritySite.Core.Complaints;

/// <summary>
/// The ITA o31 figures: every complaint received in a period is either still in progress or completed, so
/// received = in progress + completed. Closing a complaint for lack of facts (not-actionable) is a completed
/// handling; waiting for review or for the reporter's information is still in progress.
/// </summary>
public enum StatusGroup
{
    InProgress,
    Completed,
}

public static class StatusGroups
{
    public static StatusGroup Of(string status) =>
        status is ComplaintStatus.Completed or ComplaintStatus.NotActionable ? StatusGroup.Completed : StatusGroup.InProgress;

    public static bool IsOpen(string status) => Of(status) == StatusGroup.InProgress;
}
