using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Service;

namespace IntegritySite.Intake.Pages;

/// <summary>Status, dates (Buddhist Era), replies and a follow-up form; the receipt travels only in POST bodies.</summary>
public static class StatusPage
{
    public static string Render(StatusView view, ReceiptCode receipt)
    {
        var status = ComplaintStatus.Label(view.Status);
        var main = new StringBuilder();
        if (view.MessageStored)
        {
            main.Append("""
                <p class="notice" role="status">ส่งข้อความเพิ่มเติมถึงเจ้าหน้าที่แล้ว <span lang="en">Your follow-up message was sent to the officer.</span></p>

                """);
        }
        main.Append($"""
            <dl class="facts report-status">
            <dt>สถานะ <span lang="en">Status</span></dt>
            <dd>{Html.Encode(status.Th)} <span lang="en">{Html.Encode(status.En)}</span></dd>
            <dt>วันที่แจ้งเรื่อง <span lang="en">Submitted</span></dt>
            <dd>{DateBoth(view.Submitted)}</dd>
            <dt>ปรับปรุงล่าสุด <span lang="en">Last updated</span></dt>
            <dd>{DateBoth(view.Updated)}</dd>
            </dl>
            <section aria-labelledby="replies-heading">
            <h2 id="replies-heading">คำตอบจากเจ้าหน้าที่ <span lang="en">Replies from the officer</span></h2>

            """);
        if (view.Replies.Count == 0)
        {
            main.Append("""
                <p>ยังไม่มีคำตอบ หน่วยงานจะตอบภายใน 15 วันนับจากวันที่แจ้งเรื่อง</p>
                <p lang="en">No reply yet. You will be answered within 15 days of submitting.</p>

                """);
        }
        else
        {
            main.Append("<ol class=\"replies\">\n");
            foreach (var reply in view.Replies)
            {
                main.Append($"<li><p class=\"reply-date\">{DateBoth(reply.Sent)}</p><p>{Html.MultiLine(reply.Message)}</p></li>\n");
            }
            main.Append("</ol>\n");
        }
        if (view.UnverifiedReplies > 0)
        {
            // Someone who could write the store added text posing as the officer: it is never shown, and the reporter is told.
            main.Append($"""
                <p class="notice">มีข้อความ {view.UnverifiedReplies} รายการที่ตรวจสอบไม่ได้ว่ามาจากเจ้าหน้าที่ จึงไม่แสดง อย่าเชื่อข้อความที่อ้างว่ามาจากเจ้าหน้าที่นอกหน้านี้</p>
                <p class="notice" lang="en">{view.UnverifiedReplies} message(s) could not be verified as the officer's and are not shown. Do not trust messages claiming to be the officer's anywhere else.</p>

                """);
        }
        main.Append("</section>\n");
        if (view.FollowUpsSent.Count > 0)
        {
            var dates = string.Join(", ", view.FollowUpsSent.Select(d => ThaiDate.Thai(d)));
            var datesEn = string.Join(", ", view.FollowUpsSent.Select(d => ThaiDate.English(d)));
            main.Append($"""
                <p>ท่านส่งข้อความเพิ่มเติมเมื่อ: {Html.Encode(dates)} (เฉพาะเจ้าหน้าที่อ่านได้)</p>
                <p lang="en">You sent follow-up messages on: {Html.Encode(datesEn)} (readable only by the officer).</p>

                """);
        }
        main.Append($"""
            <section aria-labelledby="follow-up-heading">
            <h2 id="follow-up-heading">ส่งข้อมูลเพิ่มเติม <span lang="en">Send more information</span></h2>
            <form class="complaint-form" method="post" action="{ComplaintRoutes.StatusApi}">
            <input type="hidden" name="receipt" value="{Html.Encode(receipt.Value)}">
            <div class="field">
            <label for="message">ข้อความถึงเจ้าหน้าที่ <span lang="en">Message to the officer</span></label>
            <p class="hint" id="message-hint">เฉพาะเจ้าหน้าที่อ่านได้ ไม่ต้องใส่ชื่อของท่าน <span lang="en">Only the officer can read it; you need not give your name.</span></p>
            <textarea id="message" name="message" rows="6" maxlength="{FieldLimits.MaxChars[FieldNames.Message]}" aria-describedby="message-hint" required></textarea>
            </div>
            <p><button class="button" type="submit">ส่งข้อความ <span lang="en">Send message</span></button></p>
            </form>
            </section>
            <p><a href="{ComplaintRoutes.CheckReportPage}">ติดตามเรื่องอื่น</a> · <a href="{ComplaintRoutes.ReportPage}">แจ้งเรื่องใหม่</a></p>
            <p lang="en"><a href="{ComplaintRoutes.CheckReportPage}">Check another report</a> · <a href="{ComplaintRoutes.ReportPage}">Make a new report</a></p>
            """);
        return Html.Page("สถานะเรื่องร้องเรียน", "Report status", main.ToString());
    }

    private static string DateBoth(DateOnly date) =>
        $"{Html.Encode(ThaiDate.Thai(date))} <span lang=\"en\">({Html.Encode(ThaiDate.English(date))})</span>";
}
