using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Service;

namespace IntegritySite.Intake.Pages;

/// <summary>Status, dates (Buddhist Era in Thai), verified replies and a follow-up form; the receipt travels only in POST bodies.</summary>
public static class StatusPage
{
    /// <param name="offer">File inputs for the follow-up form (null: this intake takes no files).</param>
    public static string Render(StatusView view, ReceiptCode receipt, Language language, AttachmentOffer? offer = null)
    {
        var main = new StringBuilder();
        if (view.MessageStored)
        {
            main.Append(Html.Pair(language, "ส่งข้อความเพิ่มเติมถึงเจ้าหน้าที่แล้ว", "Your follow-up message was sent to the officer.", attributes: " class=\"notice\" role=\"status\""));
            main.Append(AttachmentList.Render(view.FilesAdded, language));
        }
        main.Append($"""
            <dl class="facts report-status">
            <dt>{Html.Inline(language, "สถานะ", "Status")}</dt>
            <dd>{Html.Inline(language, ComplaintStatus.Label(view.Status))}</dd>
            <dt>{Html.Inline(language, "วันที่แจ้งเรื่อง", "Submitted")}</dt>
            <dd>{Dates(language, view.Submitted)}</dd>
            <dt>{Html.Inline(language, "ปรับปรุงล่าสุด", "Last updated")}</dt>
            <dd>{Dates(language, view.Updated)}</dd>
            </dl>
            <section aria-labelledby="replies-heading">
            <h2 id="replies-heading">{Html.Inline(language, "คำตอบจากเจ้าหน้าที่", "Replies from the officer")}</h2>

            """);
        if (view.Replies.Count == 0)
        {
            main.Append(Html.Pair(language, "ยังไม่มีคำตอบ หน่วยงานจะตอบภายใน 15 วันนับจากวันที่แจ้งเรื่อง", "No reply yet. You will be answered within 15 days of submitting."));
        }
        else
        {
            main.Append("<ol class=\"replies\">\n");
            foreach (var reply in view.Replies)
            {
                main.Append($"<li><p class=\"reply-date\">{Dates(language, reply.Sent)}</p><p>{Html.MultiLine(reply.Message)}</p></li>\n");
            }
            main.Append("</ol>\n");
        }
        if (view.UnverifiedReplies > 0)
        {
            // Someone who could write the store added text posing as the officer: it is never shown, and the reporter is told.
            main.Append(Html.Pair(language,
                $"มีข้อความ {view.UnverifiedReplies} รายการที่ตรวจสอบไม่ได้ว่ามาจากเจ้าหน้าที่ จึงไม่แสดง อย่าเชื่อข้อความที่อ้างว่ามาจากเจ้าหน้าที่นอกหน้านี้",
                $"{view.UnverifiedReplies} message(s) could not be verified as the officer's and are not shown. Do not trust messages claiming to be the officer's anywhere else.",
                attributes: " class=\"notice\""));
        }
        main.Append("</section>\n");
        if (view.FollowUpsSent.Count > 0)
        {
            var th = Html.Encode(string.Join(", ", view.FollowUpsSent.Select(ThaiDate.Thai)));
            var en = Html.Encode(string.Join(", ", view.FollowUpsSent.Select(ThaiDate.English)));
            main.Append(Html.Pair(language, $"ท่านส่งข้อความเพิ่มเติมเมื่อ: {th} (เฉพาะเจ้าหน้าที่อ่านได้)", $"You sent follow-up messages on: {en} (readable only by the officer)."));
        }
        var check = ComplaintRoutes.CheckReportPageIn(language);
        var report = ComplaintRoutes.ReportPageIn(language);
        main.Append($"""
            <section aria-labelledby="follow-up-heading">
            <h2 id="follow-up-heading">{Html.Inline(language, "ส่งข้อมูลเพิ่มเติม", "Send more information")}</h2>
            <form class="complaint-form" method="post" action="{ComplaintRoutes.StatusApi}"{(offer is null ? "" : " enctype=\"multipart/form-data\"")}>
            <input type="hidden" name="receipt" value="{Html.Encode(receipt.Value)}">
            {Html.LanguageField(language)}
            <div class="field">
            <label for="message">{Html.Inline(language, "ข้อความถึงเจ้าหน้าที่", "Message to the officer")}</label>
            <p class="hint" id="message-hint">{Html.Inline(language, "เฉพาะเจ้าหน้าที่อ่านได้ ไม่ต้องใส่ชื่อของท่าน", "Only the officer can read it; you need not give your name.")}</p>
            <textarea id="message" name="message" rows="6" maxlength="{FieldLimits.MaxChars[FieldNames.Message]}" aria-describedby="message-hint"{(offer is null ? " required" : "")}></textarea>
            </div>
            {(offer is null ? "" : AttachmentInputs.Render(offer, language))}
            <p><button class="button" type="submit">{Html.Inline(language, "ส่งข้อความ", "Send message")}</button></p>
            </form>
            </section>
            {Html.Pair(language,
                $"<a href=\"{check}\">ติดตามเรื่องอื่น</a> · <a href=\"{report}\">แจ้งเรื่องใหม่</a>",
                $"<a href=\"{check}\">Check another report</a> · <a href=\"{report}\">Make a new report</a>")}
            """);
        return Html.Page(language, "สถานะเรื่องร้องเรียน", "Report status", main.ToString());
    }

    /// <summary>The day in Thai (Buddhist Era) and in English, the page's language first.</summary>
    private static string Dates(Language language, DateOnly date) =>
        Html.Inline(language, Html.Encode(ThaiDate.Thai(date)), "(" + Html.Encode(ThaiDate.English(date)) + ")");
}
