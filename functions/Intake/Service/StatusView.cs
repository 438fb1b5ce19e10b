namespace IntegritySite.Intake.Service;

public sealed record ReplyView(DateOnly Sent, string Message);

/// <summary>What a reporter may see about their report.</summary>
/// <param name="Replies">Officer replies whose signature verified; only these are shown.</param>
/// <param name="UnverifiedReplies">Messages claiming to be the officer's whose signature did not verify: counted, never shown.</param>
public sealed record StatusView(
    string Status,
    DateOnly Submitted,
    DateOnly Updated,
    IReadOnlyList<ReplyView> Replies,
    int UnverifiedReplies,
    IReadOnlyList<DateOnly> FollowUpsSent,
    bool MessageStored,
    IReadOnlyList<Crypto.AttachmentEntry>? FilesStored = null)
{
    /// <summary>Files stored with the follow-up just sent (the page lists what was removed from each).</summary>
    public IReadOnlyList<Crypto.AttachmentEntry> FilesAdded => FilesStored ?? [];
}
