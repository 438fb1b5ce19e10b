using IntegritySite.Core.Text;

namespace IntegritySite.Core.Complaints;

/// <summary>
/// Evidence files sent with a report: the default limits (the intake's <c>IntakeOptions</c> may lower or raise them;
/// the pages it renders show its own) and the kinds accepted, judged by content. The one list the site's form, the
/// intake's check page and the intake's checks use.
/// </summary>
public static class AttachmentLimits
{
    public const int DefaultMaxFiles = 5;
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;
    public const long DefaultMaxTotalBytes = 25L * 1024 * 1024;

    /// <summary>Kinds accepted, in the order the form lists them: code, label, and the <c>accept</c> hint for the browser (a hint only: the intake judges by content).</summary>
    public static readonly IReadOnlyList<(string Code, BilingualText Label, string Accept)> Kinds =
    [
        ("jpeg", new("ภาพ JPEG", "JPEG image"), ".jpg,.jpeg,image/jpeg"),
        ("png", new("ภาพ PNG", "PNG image"), ".png,image/png"),
        ("heic", new("ภาพ HEIC/HEIF (iPhone)", "HEIC/HEIF image (iPhone)"), ".heic,.heif,image/heic,image/heif"),
        ("webp", new("ภาพ WebP", "WebP image"), ".webp,image/webp"),
        ("pdf", new("เอกสาร PDF", "PDF document"), ".pdf,application/pdf"),
        ("docx", new("เอกสาร Word (.docx)", "Word document (.docx)"), ".docx"),
        ("xlsx", new("ตาราง Excel (.xlsx)", "Excel workbook (.xlsx)"), ".xlsx"),
        ("text", new("ข้อความธรรมดา (.txt)", "Plain text (.txt)"), ".txt,text/plain"),
    ];

    /// <summary>The file input's accept attribute.</summary>
    public static string Accept => string.Join(",", Kinds.Select(k => k.Accept));

    public static BilingualText KindsList => new(string.Join(", ", Kinds.Select(k => k.Label.Th)), string.Join(", ", Kinds.Select(k => k.Label.En)));

    /// <summary>"10 MB" for a byte count of whole mebibytes (how the pages state the limits).</summary>
    public static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
