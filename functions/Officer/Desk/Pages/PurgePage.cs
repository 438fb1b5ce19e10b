using System.Text.Json;
using static IntegritySite.Officer.Desk.Pages.DeskHtml;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>Retention purge: the counts first (a dry run that deletes nothing), then a confirm button.</summary>
internal static class PurgePage
{
    public static string Preview(JsonElement preview, string csrf)
    {
        var due = preview.GetProperty("complaints_due").GetInt32();
        var retry = preview.GetProperty("retry_records_due").GetInt32();
        var days = preview.GetProperty("retention_days").GetInt32();
        var confirm = due + retry == 0
            ? $"<p>{Both("ยังไม่มีเรื่องที่พ้นระยะเวลาเก็บ ไม่มีอะไรต้องลบ", "Nothing has reached the end of retention; there is nothing to delete.")}</p>"
            : $"""
              <form method="post" action="/purge">
              {CsrfField(csrf)}
              <button type="submit" class="danger">{Both($"ลบ {due} เรื่องอย่างถาวร", $"Delete {due} reports permanently")}</button>
              </form>
              """;
        return $"""
            <p>{Both($"เรื่องที่ปิดแล้วจะถูกเก็บไว้ {days} วันนับจากการปรับปรุงครั้งสุดท้าย แล้วจึงลบ (พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)", $"Closed reports are kept {days} days after their last update, then deleted (PDPA 2562).")}</p>
            <h2>{Both("ตรวจดูก่อนลบ (ยังไม่ได้ลบอะไร)", "Dry run (nothing deleted yet)")}</h2>
            <ul>
            <li>{Both($"เรื่องร้องเรียนที่พ้นระยะเวลาเก็บ: {due}", $"Reports past retention: {due}")}</li>
            <li>{Both($"บันทึกการส่งซ้ำที่หมดอายุ: {retry}", $"Expired resend records: {retry}")}</li>
            </ul>
            {confirm}
            """;
    }

    public static string Done(JsonElement result) =>
        Notice($"ลบแล้ว {result.GetProperty("complaints_deleted").GetInt32()} เรื่อง ({result.GetProperty("entities_deleted").GetInt32()} รายการที่เก็บไว้)",
            $"Deleted {result.GetProperty("complaints_deleted").GetInt32()} reports ({result.GetProperty("entities_deleted").GetInt32()} stored items).");
}
