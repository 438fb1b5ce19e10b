using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Pages;

/// <summary>The files just stored, as the reporter sees them (receipt page, status page): each name and what was removed.</summary>
public static class AttachmentList
{
    /// <summary>Per file: the name the reporter gave it and what was removed before it was sealed.</summary>
    public static string Render(IReadOnlyList<AttachmentEntry> files, Language language)
    {
        if (files.Count == 0)
        {
            return "";
        }
        var items = string.Concat(files.Select((f, i) => $"""
            <li><strong>{Html.Inline(language, $"ไฟล์ที่ {i + 1}", $"File {i + 1}")}: {Html.Encode(f.Name)}</strong>
            <ul class="removed">{string.Concat(f.Removed.Select(r => $"<li>{Html.Inline(language, Html.Encode(r.Th), Html.Encode(r.En))}</li>"))}</ul></li>

            """));
        return $"""
            <section aria-labelledby="files-heading">
            <h2 id="files-heading">{Html.Inline(language, "ไฟล์ที่แนบและข้อมูลแฝงที่ลบออก", "Files attached, and the hidden data removed")}</h2>
            {Html.Pair(language, "ไฟล์ทั้งหมดถูกบันทึกแบบเข้ารหัส เฉพาะเจ้าหน้าที่เปิดอ่านได้ ข้อมูลต่อไปนี้ถูกลบออกก่อนบันทึก:", "Every file was stored encrypted, readable by the officers only. Removed before storing:")}
            <ol class="attachments">
            {items}</ol>
            </section>

            """;
    }
}
