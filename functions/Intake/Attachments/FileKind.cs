namespace IntegritySite.Intake.Attachments;

/// <summary>What a file is, judged by its first bytes (never by its name or the browser's content type).</summary>
public enum FileKind
{
    Unknown,
    Jpeg,
    Png,
    Heic,
    WebP,
    Pdf,
    /// <summary>A ZIP: a .docx or .xlsx once its package says which (anything else is refused).</summary>
    OfficeZip,
    Text,
}

/// <summary>Reads the magic bytes. Text is what is left when no binary signature matches and the bytes look like text.</summary>
public static class FileSniffer
{
    public const int HeadBytes = 16;

    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "heif"];

    public static FileKind Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.WebP;
        }
        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8) && HeifBrands.Contains(System.Text.Encoding.ASCII.GetString(content[8..12])))
        {
            return FileKind.Heic;
        }
        if (content.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return FileKind.OfficeZip;
        }
        return TextCleaner.LooksLikeText(content) ? FileKind.Text : FileKind.Unknown;
    }
}
