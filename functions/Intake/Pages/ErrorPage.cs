using System.Text;
using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Pages;

/// <summary>Lists every problem (in the page's language first) with the field it concerns.</summary>
public static class ErrorPage
{
    public static string Render(int statusCode, IReadOnlyList<FieldError> errors, Language language)
    {
        var items = new StringBuilder();
        foreach (var error in errors)
        {
            var fieldCode = error.Field is null ? "" : $" <code>{Html.Encode(error.Field)}</code>";
            items.Append($"<li><strong>{Html.Inline(language, FieldNames.Label(error.Field))}</strong>{fieldCode}: {Html.Inline(language, Html.Encode(error.Th), Html.Encode(error.En))}</li>\n");
        }
        var (titleTh, titleEn) = statusCode == 404
            ? ("ไม่พบเรื่อง", "Report not found")
            : ("ยังส่งเรื่องไม่สำเร็จ", "Your submission was not accepted");
        var form = ComplaintRoutes.ReportPageIn(language);
        var check = ComplaintRoutes.CheckReportPageIn(language);
        return Html.Page(language, titleTh, titleEn, $"""
            {Html.Pair(language, "กรุณาแก้ไขรายการต่อไปนี้ ข้อมูลยังไม่ถูกบันทึก", "Please correct the following; nothing has been saved.")}
            <ul class="errors">
            {items}</ul>
            {Html.Pair(language,
                $"กดปุ่มย้อนกลับของเบราว์เซอร์เพื่อแก้ไขโดยไม่ต้องพิมพ์ใหม่ หรือ <a href=\"{form}\">กลับไปที่แบบฟอร์มแจ้งเรื่อง</a> · <a href=\"{check}\">ติดตามเรื่อง</a>",
                $"Use your browser's Back button to keep what you typed, or <a href=\"{form}\">return to the report form</a> · <a href=\"{check}\">check a report</a>.")}
            """);
    }
}
