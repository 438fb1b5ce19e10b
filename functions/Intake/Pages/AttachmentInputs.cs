using System.Text;

namespace IntegritySite.Intake.Pages;

/// <summary>The evidence-file inputs of a multipart form (the check page's Send form, the status page's follow-up form).</summary>
public static class AttachmentInputs
{
    /// <summary>One file input per file allowed, labelled by its position (the errors name files so), with the limits and kinds.</summary>
    public static string Render(AttachmentOffer offer, Language language)
    {
        var kinds = AttachmentLimits.KindsList;
        var inputs = new StringBuilder();
        for (var n = 1; n <= offer.MaxFiles; n++)
        {
            inputs.Append($"<div class=\"field\"><label for=\"attachment-{n}\">{Html.Inline(language, $"ไฟล์ที่ {n}", $"File {n}")}</label>\n<input type=\"file\" id=\"attachment-{n}\" name=\"{FieldNames.Attachment}\" accept=\"{Html.Encode(AttachmentLimits.Accept)}\" aria-describedby=\"attachment-hint\"></div>\n");
        }
        return $"""
            <fieldset class="field attachments">
            <legend>{Html.Inline(language, "แนบไฟล์หลักฐาน (ถ้ามี)", "Attach evidence files (optional)")}</legend>
            <div id="attachment-hint">
            {Html.Pair(language,
                $"ได้ไม่เกิน {offer.MaxFiles} ไฟล์ ไฟล์ละไม่เกิน {AttachmentLimits.Megabytes(offer.MaxFileBytes)} รวมไม่เกิน {AttachmentLimits.Megabytes(offer.MaxTotalBytes)} ชนิดที่รับ: {Html.Encode(kinds.Th)}",
                $"Up to {offer.MaxFiles} files, each at most {AttachmentLimits.Megabytes(offer.MaxFileBytes)}, {AttachmentLimits.Megabytes(offer.MaxTotalBytes)} in all. Accepted: {Html.Encode(kinds.En)}.", attributes: " class=\"hint\"")}
            {Html.Pair(language,
                "ก่อนบันทึก ระบบจะลบข้อมูลแฝงที่อาจระบุตัวท่านได้ออกจากไฟล์ (พิกัด GPS รุ่นโทรศัพท์ ชื่อผู้เขียนเอกสาร) แล้วเข้ารหัสให้เฉพาะเจ้าหน้าที่เปิดอ่านได้ ไฟล์ที่ลบข้อมูลแฝงไม่ได้จะไม่ถูกรับ หน้ารับเรื่องจะบอกว่าลบอะไรออกไปบ้าง",
                "Before anything is saved, the hidden data that could identify you (GPS position, phone model, a document's author) is removed from each file, which is then encrypted so only the officers can open it. A file that cannot be cleaned is refused. The receipt page lists what was removed.", attributes: " class=\"hint\"")}
            </div>
            {inputs}</fieldset>

            """;
    }
}
