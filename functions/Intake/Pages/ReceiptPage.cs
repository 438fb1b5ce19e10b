using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Pages;

/// <summary>Shown once after a form submission: the receipt, how to keep it, when it was received and is due, what happens next.</summary>
public static class ReceiptPage
{
    public static string Render(ReceiptCode receipt, DateOnly received, Language language, IReadOnlyList<AttachmentEntry>? files = null)
    {
        var due = AnswerDeadline.DueFor(received);
        var check = ComplaintRoutes.CheckReportPageIn(language);
        return Html.Page(language, "ได้รับเรื่องร้องเรียนแล้ว", "Complaint received", $"""
            <section aria-labelledby="receipt-heading">
            <h2 id="receipt-heading">{Html.Inline(language, "รหัสติดตามเรื่องของท่าน", "Your receipt code")}</h2>
            <p class="notice receipt-code"><strong>{Html.Encode(receipt.Display)}</strong></p>
            <dl class="facts">
            <dt>{Html.Inline(language, "วันที่รับเรื่อง", "Received")}</dt>
            <dd>{Html.Inline(language, Html.Encode(ThaiDate.Thai(received)), Html.Encode(ThaiDate.English(received)))}</dd>
            <dt>{Html.Inline(language, "กำหนดตอบภายใน", "Answer due by")}</dt>
            <dd>{Html.Inline(language, Html.Encode(ThaiDate.Thai(due)), Html.Encode(ThaiDate.English(due)))}</dd>
            </dl>
            {Html.Pair(language,
                "<strong>จดรหัสนี้ไว้และเก็บเป็นความลับ</strong> รหัสนี้จะแสดงเพียงครั้งเดียว หน่วยงานไม่ได้เก็บรหัสนี้ไว้และไม่สามารถออกรหัสใหม่ให้ได้ ผู้ที่มีรหัสนี้จะอ่านคำตอบของเจ้าหน้าที่ได้",
                "<strong>Write this code down and keep it secret.</strong> It is shown only once; we do not keep it and cannot issue it again. Anyone holding it can read the officer's replies.")}
            </section>
            {AttachmentList.Render(files ?? [], language)}<section aria-labelledby="next-heading">
            <h2 id="next-heading">{Html.Inline(language, "ขั้นตอนต่อไป", "What happens next")}</h2>
            {Html.Pair(language,
                $"เจ้าหน้าที่จะพิจารณาและตอบกลับภายใน 15 วัน หากข้อเท็จจริงยังไม่เพียงพอ จะแจ้งให้ท่านทราบภายใน 7 วันทำการ ท่านตรวจสอบสถานะ อ่านคำตอบ และส่งข้อมูลเพิ่มเติมได้ที่หน้า <a href=\"{check}\">ติดตามเรื่องร้องเรียน</a> โดยใช้รหัสนี้",
                $"An officer will review your complaint and answer within 15 days; if more facts are needed you will be told within 7 working days. Check the status, read replies and add information on the <a href=\"{check}\">check your report</a> page with this code.")}
            {Html.Pair(language, "ระบบไม่บันทึกที่อยู่ IP อุปกรณ์ หรือคุกกี้ของท่าน", "We do not record your IP address, device or cookies.")}
            </section>
            """);
    }


}
