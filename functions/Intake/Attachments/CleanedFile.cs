namespace IntegritySite.Intake.Attachments;

/// <summary>A file with its metadata removed: the bytes to seal, its kind code and media type, and what was removed (shown on the receipt).</summary>
public sealed record CleanedFile(byte[] Content, string Kind, string MediaType, IReadOnlyList<BilingualText> Removed);

/// <summary>A file that cannot be cleaned (or is not an accepted kind): refused with the reason, never stored as it is.</summary>
public sealed class FileRefusedException(BilingualText reason, Exception? inner = null) : Exception(reason.En, inner)
{
    public BilingualText Reason { get; } = reason;
}
