namespace IntegritySite.Intake.Storage;

/// <summary>
/// Lets a resent submission get its original receipt: the key is a keyed hash of (submission id, content), the
/// receipt is encrypted under a key derived from them (<see cref="Crypto.SubmissionReceiptWrap"/>).
/// <see cref="Submitted"/> is the complaint's own day, so the record never outlives it at purge.
/// </summary>
public sealed record RetryRecord(string Key, byte[] ReceiptNonce, byte[] ReceiptCiphertext, string Submitted);

public sealed record RetryRecordAge(string Key, string Submitted);
