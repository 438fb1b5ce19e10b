namespace IntegritySite.Intake.Storage;

/// <summary>
/// A message to add to a thread. <see cref="Key"/> is unique in the thread and carries no time: the officer's
/// reply id, or a keyed hash of a follow-up, so a resent message is stored once.
/// </summary>
/// <param name="ForOfficer">Sealed to the officer keys (reporter follow-ups, and a copy of officer replies).</param>
/// <param name="ForReporter">Sealed to the per-report key (officer replies only); empty otherwise.</param>
/// <param name="Signature">The officer's Ed25519 signature of a reply (<see cref="Crypto.OfficerReplySignature"/>); empty for follow-ups.</param>
/// <param name="Attachments">Evidence files a reporter added later with the receipt (a follow-up's own list, sealed to the officers).</param>
public sealed record NewMessage(string Key, string From, string Sent, byte[] ForOfficer, byte[] ForReporter, byte[] Signature, StoredAttachments? Attachments = null)
{
    public StoredAttachments Files => Attachments ?? StoredAttachments.None;

    public const string FromOfficer = "officer";
    public const string FromReporter = "reporter";
}

/// <summary>A stored message; <see cref="Sequence"/> orders the thread (1, 2, 3 …).</summary>
public sealed record StoredMessage(long Sequence, NewMessage Message);
