using System.Text;
using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Pages;

/// <summary>Lists every problem (Thai first, then English) with the field it concerns.</summary>
public static class ErrorPage
{
    public static string Render(int statusCode, IReadOnlyList<FieldError> errors)
    {
        var items = new StringBuilder();
        foreach (var error in errors)
        {
            var label = FieldNames.Label(error.Field);
            var fieldCode = error.Field is null ? "" : $" <code>{Html.Encode(error.Field)}</code>";
            items.Append($"""
                <li><strong>{Html.Encode(label.Th)} <span lang="en">{Html.Encode(label.En)}</span></strong>{fieldCode}: {Html.Encode(error.Th)} <span lang="en">{Html.Encode(error.En)}</span></li>

                """);
        }
        var (titleTh, titleEn) = statusCode == 404
            ? ("ไม่พบเรื่อง", "Report not found")
            : ("ยังส่งเรื่องไม่สำเร็จ", "Your submission was not accepted");
        return Html.Page(titleTh, titleEn, $"""
            <p>กรุณาแก้ไขรายการต่อไปนี้ ข้อมูลยังไม่ถูกบันทึก</p>
            <p lang="en">Please correct the following; nothing has been saved.</p>
            <ul class="errors">
            {items}</ul>
            <p>กดปุ่มย้อนกลับของเบราว์เซอร์เพื่อแก้ไขโดยไม่ต้องพิมพ์ใหม่ หรือ <a href="{ComplaintRoutes.ReportPage}">กลับไปที่แบบฟอร์มแจ้งเรื่อง</a> · <a href="{ComplaintRoutes.CheckReportPage}">ติดตามเรื่อง</a></p>
            <p lang="en">Use your browser's Back button to keep what you typed, or <a href="{ComplaintRoutes.ReportPage}">return to the report form</a> · <a href="{ComplaintRoutes.CheckReportPage}">check a report</a>.</p>
            """);
    }
}
