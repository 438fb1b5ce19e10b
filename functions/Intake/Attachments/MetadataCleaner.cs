namespace IntegritySite.Intake.Attachments;

/// <summary>Judges a file by its content and removes its metadata, or refuses it with the reason (never passes it on as it is).</summary>
public static class MetadataCleaner
{
    public static readonly BilingualText NotAccepted = new(
        "ไม่รับไฟล์ชนิดนี้ (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อ) รับเฉพาะ: " + AttachmentLimits.KindsList.Th,
        "This kind of file is not accepted (judged by its content, not its name). Accepted: " + AttachmentLimits.KindsList.En + ".");

    public static CleanedFile Clean(byte[] content)
    {
        var kind = FileSniffer.Detect(content);
        try
        {
            return kind switch
            {
                FileKind.Jpeg or FileKind.Png or FileKind.WebP or FileKind.Heic => ImageCleaner.Clean(content, kind),
                FileKind.Pdf => PdfCleaner.Clean(content),
                FileKind.OfficeZip => OfficeCleaner.Clean(content),
                FileKind.Text => TextCleaner.Clean(content),
                _ => throw new FileRefusedException(NotAccepted),
            };
        }
        catch (Exception e) when (e is not FileRefusedException and not OutOfMemoryException)
        {
            // A library failing on a crafted file: refused, never stored with its metadata.
            throw new FileRefusedException(new("ลบข้อมูลแฝงของไฟล์นี้ไม่ได้ จึงไม่รับไฟล์นี้", "The metadata of this file could not be removed, so it is not accepted."), e);
        }
    }
}
