using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Pages;

/// <summary>503: nothing saved, no receipt, try again.</summary>
public static class UnavailablePage
{
    public static string Render() => Html.Page("ระบบขัดข้องชั่วคราว", "Service temporarily unavailable", $"""
        <p>{Html.Encode(Messages.StoreUnavailable.Th)}</p>
        <p lang="en">{Html.Encode(Messages.StoreUnavailable.En)}</p>
        <p>กดปุ่มย้อนกลับของเบราว์เซอร์แล้วส่งอีกครั้ง ข้อความที่พิมพ์ไว้มักยังอยู่ หรือ <a href="{ComplaintRoutes.ReportPage}">กลับไปที่แบบฟอร์ม</a></p>
        <p lang="en">Use your browser's Back button and send again (your text is usually kept), or <a href="{ComplaintRoutes.ReportPage}">return to the form</a>.</p>
        """);

    /// <summary>504: the store stopped answering before a write was confirmed; sending the same report again is safe.</summary>
    public static string RenderUnconfirmed() => Html.Page("ยังยืนยันการบันทึกไม่ได้", "Not yet confirmed", $"""
        <p>{Html.Encode(Messages.StoreOutcomeUnknown.Th)}</p>
        <p lang="en">{Html.Encode(Messages.StoreOutcomeUnknown.En)}</p>
        <p>กดปุ่มย้อนกลับของเบราว์เซอร์แล้วกดส่งอีกครั้ง <span lang="en">Use your browser's Back button and send again.</span></p>
        """);
}
