using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Pages;

/// <summary>Shown once after a form submission: the receipt, how to keep it, what happens next.</summary>
public static class ReceiptPage
{
    public static string Render(ReceiptCode receipt, DateOnly received) => Html.Page("ได้รับเรื่องร้องเรียนแล้ว", "Complaint received", $"""
        <section aria-labelledby="receipt-heading">
        <h2 id="receipt-heading">รหัสติดตามเรื่องของท่าน <span lang="en">Your receipt code</span></h2>
        <p class="notice receipt-code"><strong>{Html.Encode(receipt.Display)}</strong></p>
        <dl class="facts">
        <dt>วันที่รับเรื่อง <span lang="en">Received</span></dt>
        <dd>{Html.Encode(ThaiDate.Thai(received))} <span lang="en">({Html.Encode(ThaiDate.English(received))})</span></dd>
        <dt>กำหนดตอบภายใน <span lang="en">Answer due by</span></dt>
        <dd>{Html.Encode(ThaiDate.Thai(AnswerDeadline.DueFor(received)))} <span lang="en">({Html.Encode(ThaiDate.English(AnswerDeadline.DueFor(received)))})</span></dd>
        </dl>
        <p><strong>จดรหัสนี้ไว้และเก็บเป็นความลับ</strong> รหัสนี้จะแสดงเพียงครั้งเดียว หน่วยงานไม่ได้เก็บรหัสนี้ไว้และไม่สามารถออกรหัสใหม่ให้ได้ ผู้ที่มีรหัสนี้จะอ่านคำตอบของเจ้าหน้าที่ได้</p>
        <p lang="en"><strong>Write this code down and keep it secret.</strong> It is shown only once; we do not keep it and cannot issue it again. Anyone holding it can read the officer's replies.</p>
        </section>
        <section aria-labelledby="next-heading">
        <h2 id="next-heading">ขั้นตอนต่อไป <span lang="en">What happens next</span></h2>
        <p>เจ้าหน้าที่จะพิจารณาและตอบกลับภายใน 15 วัน หากข้อเท็จจริงยังไม่เพียงพอ จะแจ้งให้ท่านทราบภายใน 7 วันทำการ ท่านตรวจสอบสถานะ อ่านคำตอบ และส่งข้อมูลเพิ่มเติมได้ที่หน้า <a href="{ComplaintRoutes.CheckReportPage}">ติดตามเรื่องร้องเรียน</a> โดยใช้รหัสนี้</p>
        <p lang="en">An officer will review your complaint and answer within 15 days; if more facts are needed you will be told within 7 working days. Check the status, read replies and add information on the <a href="{ComplaintRoutes.CheckReportPage}">check your report</a> page with this code.</p>
        <p>ระบบไม่บันทึกที่อยู่ IP อุปกรณ์ หรือคุกกี้ของท่าน</p>
        <p lang="en">We do not record your IP address, device or cookies.</p>
        </section>
        """);
}
