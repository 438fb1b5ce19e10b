using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Pages;

/// <summary>503: nothing saved, no receipt, try again; 504: not confirmed, sending again is safe.</summary>
public static class UnavailablePage
{
    public static string Render(Language language)
    {
        var form = ComplaintRoutes.ReportPageIn(language);
        return Html.Page(language, "ระบบขัดข้องชั่วคราว", "Service temporarily unavailable", $"""
            {Html.Pair(language, Html.Encode(Messages.StoreUnavailable.Th), Html.Encode(Messages.StoreUnavailable.En))}
            {Html.Pair(language,
                $"กดปุ่มย้อนกลับของเบราว์เซอร์แล้วส่งอีกครั้ง ข้อความที่พิมพ์ไว้มักยังอยู่ หรือ <a href=\"{form}\">กลับไปที่แบบฟอร์ม</a>",
                $"Use your browser's Back button and send again (your text is usually kept), or <a href=\"{form}\">return to the form</a>.")}
            """);
    }

    public static string RenderUnconfirmed(Language language) => Html.Page(language, "ยังยืนยันการบันทึกไม่ได้", "Not yet confirmed", $"""
        {Html.Pair(language, Html.Encode(Messages.StoreOutcomeUnknown.Th), Html.Encode(Messages.StoreOutcomeUnknown.En))}
        {Html.Pair(language, "กดปุ่มย้อนกลับของเบราว์เซอร์แล้วกดส่งอีกครั้ง", "Use your browser's Back button and send again.")}
        """);
}
