namespace IntegritySite.Intake.Pages;

/// <summary>What the Send form offers for evidence files (null: this intake takes none).</summary>
public sealed record AttachmentOffer(int MaxFiles, long MaxFileBytes, long MaxTotalBytes)
{
    public static AttachmentOffer? From(Service.AttachmentReceiver receiver) =>
        receiver.Enabled ? new(receiver.Options.MaxAttachments, receiver.Options.MaxAttachmentBytes, receiver.Options.MaxAttachmentsTotalBytes) : null;
}
