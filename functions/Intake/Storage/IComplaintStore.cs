namespace IntegritySite.Intake.Storage;

/// <summary>
/// Where complaints live. Two engines keep the same promises, checked by one contract test suite:
/// <see cref="Sqlite.SqliteComplaintStore"/> (embedded, durable, for <c>serve</c> and one server) and
/// <see cref="Tables.TableComplaintStore"/> (Azure Table storage, for the cloud).
/// <para>
/// The promise every write keeps: it returns only once its outcome is known. When a write throws
/// <see cref="StoreUnavailableException"/>, nothing of it was stored and nothing of it ever will be, so the caller
/// may truthfully say "nothing was saved". A write whose first attempt timed out is resolved by the engine (read back,
/// or fenced so a late copy cannot land) before it answers.
/// </para>
/// </summary>
public interface IComplaintStore
{
    /// <summary>
    /// Stores a new complaint and, when given, its retry record, both or neither.
    /// <see cref="InsertOutcome.Inserted"/> also when an earlier attempt of this same call had already stored it.
    /// </summary>
    Task<InsertOutcome> InsertAsync(StoredComplaint complaint, RetryRecord? retry, CancellationToken ct);

    Task<RetryRecord?> FindRetryRecordAsync(string key, CancellationToken ct);

    Task<StoredComplaint?> FindComplaintAsync(string id, CancellationToken ct);

    /// <summary>Every complaint without its content, for the officer's list and the retention purge.</summary>
    Task<IReadOnlyList<ComplaintListing>> ListComplaintsAsync(CancellationToken ct);

    /// <summary>Category, status and day of the complaints submitted between two days (inclusive); no content, no ids.</summary>
    Task<IReadOnlyList<CountedComplaint>> ListForCountingAsync(DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>A complaint's thread in the order it was written.</summary>
    Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(string complaintId, CancellationToken ct);

    /// <summary>
    /// Appends a message (next sequence number) and sets the complaint's Updated day, both or neither. A message whose
    /// key is already in the thread is not stored again (a retry): <see cref="MessageOutcome.AlreadyStored"/>.
    /// </summary>
    Task<MessageOutcome> AddMessageAsync(string complaintId, NewMessage message, string updated, CancellationToken ct);

    /// <summary>False when the complaint does not exist.</summary>
    Task<bool> UpdateStatusAsync(string id, string status, string updated, CancellationToken ct);

    /// <summary>
    /// Replaces the officers' sealed copy of a complaint's content (<paramref name="messageKey"/> null) or of one of its
    /// messages, only while it still is <paramref name="expected"/> (officer rewrap: the same ciphertext sealed to one
    /// more officer). True when it now is <paramref name="replacement"/>; false when it is something else or is gone.
    /// With <see cref="SealedPart.Files"/>, the same for the item's sealed list of evidence files.
    /// </summary>
    Task<bool> ResealAsync(string complaintId, string? messageKey, byte[] expected, byte[] replacement, CancellationToken ct, SealedPart part = SealedPart.Text);

    /// <summary>
    /// Deletes a complaint and its whole thread, only if unchanged since <paramref name="listed"/> was read.
    /// Null (nothing deleted) when it changed or is gone; otherwise how many stored items were deleted.
    /// </summary>
    Task<int?> DeleteComplaintAsync(ComplaintListing listed, CancellationToken ct);

    Task<IReadOnlyList<RetryRecordAge>> ListRetryRecordsAsync(CancellationToken ct);

    /// <summary>Deletes retry records; one already gone counts as deleted.</summary>
    Task<int> DeleteRetryRecordsAsync(IReadOnlyList<string> keys, CancellationToken ct);

    /// <summary>Removes what a failed operation of this engine may have left (fences older than <paramref name="before"/>, orphaned messages); how many.</summary>
    Task<int> SweepAsync(DateOnly before, CancellationToken ct);

    /// <summary>Everything stored, as raw values (privacy audits and tests).</summary>
    Task<IReadOnlyList<StoredRow>> DumpAsync(CancellationToken ct);
}

/// <summary>Which sealed part of a complaint or message: its text, or its list of evidence files.</summary>
public enum SealedPart
{
    Text,
    Files,
}

public enum MessageOutcome
{
    Stored,
    AlreadyStored,
    NoSuchComplaint,
}
