namespace IntegritySite.Officer.Reading;

/// <summary>What became of one sealed item when this officer opened it.</summary>
public enum SealState
{
    Opened,
    /// <summary>Sealed to other officers only (received before this officer's key was added, and not re-sealed).</summary>
    NotForThisKey,
    /// <summary>It does not open, or it was sealed for another report, category or message: never shown as this one.</summary>
    Tampered,
}

/// <summary>A reporter's follow-up or an officer's reply, decrypted; <see cref="Text"/> only when <see cref="State"/> is Opened.</summary>
/// <param name="Files">Files the reporter added with this follow-up (when their sealed list opened for this report and message).</param>
public sealed record OpenedMessage(string Key, string From, string Sent, SealState State, string? Text, IReadOnlyList<IntegritySite.Intake.Crypto.AttachmentEntry>? Files = null);

/// <summary>
/// A report as decrypted on the officer's machine: its facts by field (in the form's order), and its thread.
/// Lives in memory only; neither the CLI nor the desk writes it anywhere. Public (in this program) because the desk's
/// Razor components, which are public classes, take it as a parameter.
/// </summary>
public sealed record OpenedReport(
    string Id,
    string Category,
    string Status,
    string Submitted,
    string Updated,
    string FactsNoticeDue,
    bool FactsNoticeEstimated,
    SealState ContentState,
    IReadOnlyList<(string Field, string Value)> Facts,
    IReadOnlyList<OpenedMessage> Messages,
    SealState AttachmentsState = SealState.Opened,
    IReadOnlyList<IntegritySite.Intake.Crypto.AttachmentEntry>? Attachments = null)
{
    /// <summary>The evidence files (names, kinds, keys), when their sealed list opened; none otherwise.</summary>
    public IReadOnlyList<IntegritySite.Intake.Crypto.AttachmentEntry> Files => Attachments ?? [];

    /// <summary>
    /// Every file of the report as the CLI and the desk number them (1, 2, …): the report's own, then those added later,
    /// in thread order, each with the day it arrived.
    /// </summary>
    public IReadOnlyList<(IntegritySite.Intake.Crypto.AttachmentEntry Entry, string Arrived)> AllFiles =>
        [.. Files.Select(f => (f, Submitted)), .. Messages.SelectMany(m => (m.Files ?? []).Select(f => (f, m.Sent)))];
}
