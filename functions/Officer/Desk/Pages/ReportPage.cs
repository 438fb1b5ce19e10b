using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Officer.Reading;
using static IntegritySite.Officer.Desk.Pages.DeskHtml;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>One report, decrypted in this process: its facts, its whole thread, and the forms to set its status and to reply.</summary>
internal static class ReportPage
{
    public static string Render(OpenedReport report, string csrf, string? notice)
    {
        var html = new StringBuilder(notice ?? "");
        var submitted = BangkokDate.Parse(report.Submitted);
        html.Append($"""
            <dl class="meta">
            <dt>{Both("รับเรื่องเมื่อ", "Received")}</dt><dd>{Day(report.Submitted)}</dd>
            <dt>{Both("สถานะ", "Status")}</dt><dd>{Both(ComplaintStatus.Label(report.Status))}</dd>
            <dt>{Both("กำหนดตอบผู้แจ้ง (15 วัน)", "Answer due (15 days)")}</dt><dd>{Day(BangkokDate.Format(AnswerDeadline.DueFor(submitted)))}</dd>
            <dt>{Both("แจ้งผู้แจ้งหากข้อเท็จจริงไม่พอ (7 วันทำการ)", "Ask for missing facts by (7 working days)")}</dt><dd>{FactsNotice(report.FactsNoticeDue, report.FactsNoticeEstimated)}</dd>
            <dt>{Both("ปรับปรุงล่าสุด", "Last updated")}</dt><dd>{Day(report.Updated)}</dd>
            </dl>
            <h2>{Both("ข้อเท็จจริงที่ผู้แจ้งให้ไว้", "What the reporter told us")}</h2>
            """);
        html.Append(report.ContentState switch
        {
            SealState.Opened => Facts(report),
            SealState.NotForThisKey => Notice(
                "เรื่องนี้ปิดผนึกถึงเจ้าหน้าที่คนอื่นเท่านั้น (รับก่อนเพิ่มกุญแจของท่าน) ให้เจ้าหน้าที่ที่อ่านได้ใช้เมนูเพิ่มเจ้าหน้าที่ให้อ่านเรื่องเก่า",
                "This report is sealed to other officers only (received before your key was added). An officer who can read it can give you access (Give a new officer access).", "error"),
            _ => Notice(
                "ถูกแก้ไข: ข้อมูลที่เก็บไว้ไม่ได้ปิดผนึกสำหรับเรื่องนี้ จึงไม่แสดง แจ้งผู้ดูแลระบบ",
                "TAMPERED: the stored content was not sealed for this report; it is not shown. Tell the system administrator.", "error"),
        });
        html.Append(Files(report));
        html.Append($"<h2>{Both("การติดต่อกับผู้แจ้ง", "Thread with the reporter")}</h2>\n<div class=\"thread\">");
        if (report.Messages.Count == 0)
        {
            html.Append($"<p>{Both("ยังไม่มีข้อความ", "No messages yet.")}</p>");
        }
        foreach (var message in report.Messages)
        {
            var fromOfficer = message.From == "officer";
            var who = fromOfficer ? Both("เจ้าหน้าที่", "Officer") : Both("ผู้แจ้ง", "Reporter");
            var body = message.State switch
            {
                SealState.Opened => $"<p>{Encode(VisibleText.Visible(message.Text))}</p>",
                SealState.NotForThisKey => $"<p>{Both("ข้อความนี้ปิดผนึกถึงเจ้าหน้าที่คนอื่นเท่านั้น", "Sealed to other officers only.")}</p>",
                _ => $"<p class=\"overdue\">{Both("ถูกแก้ไข: ข้อความนี้ไม่ได้ปิดผนึกสำหรับเรื่องนี้ จึงไม่แสดง", "TAMPERED: this message was not sealed for this report; it is not shown.")}</p>",
            };
            html.Append($"<article class=\"{(fromOfficer ? "from-officer" : "from-reporter")}\"><h3>{who} · {Day(message.Sent)}</h3>{body}</article>\n");
        }
        html.Append("</div>");
        html.Append(StatusForm(report, csrf));
        html.Append(ReplyForm(report, csrf));
        return html.ToString();
    }

    /// <summary>The evidence files: name, kind, size, what was removed, and a download (decrypted here, sent as an attachment).</summary>
    private static string Files(OpenedReport report)
    {
        if (report.AttachmentsState != SealState.Opened)
        {
            return $"<h2>{Both("ไฟล์หลักฐาน", "Evidence files")}</h2>" + (report.AttachmentsState == SealState.NotForThisKey
                ? Notice("รายการไฟล์ปิดผนึกถึงเจ้าหน้าที่คนอื่นเท่านั้น", "The list of files is sealed to other officers only.", "error")
                : Notice("ถูกแก้ไข: รายการไฟล์ไม่ได้ปิดผนึกสำหรับเรื่องนี้ จึงไม่แสดง", "TAMPERED: the list of files was not sealed for this report; it is not shown.", "error"));
        }
        if (report.AllFiles.Count == 0)
        {
            return "";
        }
        var items = string.Concat(report.AllFiles.Select((file, i) => $"""
            <li><a href="/complaints/{Encode(report.Id)}/attachments/{i + 1}" download>{Both($"ไฟล์ที่ {i + 1}", $"File {i + 1}")}: {Encode(VisibleText.Visible(file.Entry.Name))}</a>
            ({Encode(file.Entry.MediaType)}, {file.Entry.Size:N0} bytes, {Both("ได้รับ", "received")} {Day(file.Arrived)})
            <br>{Both("ลบออกก่อนบันทึก:", "Removed before storing:")} {Encode(string.Join("; ", file.Entry.Removed.Select(r => r.Th)))} <span lang="en">{Encode(string.Join("; ", file.Entry.Removed.Select(r => r.En)))}</span></li>

            """));
        return $"""
            <h2>{Both("ไฟล์หลักฐาน", "Evidence files")}</h2>
            <p>{Both("ถอดรหัสในโปรแกรมนี้เมื่อกดดาวน์โหลด ไม่มีการบันทึกลงดิสก์ของเครื่องนี้จนกว่าท่านจะบันทึกเอง", "Decrypted in this program when you download; nothing is written to this computer's disk unless you save it.")}</p>
            <ol class="files">
            {items}</ol>
            """;
    }

    private static string Facts(OpenedReport report)
    {
        var html = new StringBuilder("<dl class=\"facts\">");
        foreach (var (field, value) in report.Facts)
        {
            var shown = field == FieldNames.Category ? Both(ComplaintCategory.Label(value)) : Encode(VisibleText.Visible(value));
            html.Append($"<dt>{Both(FieldNames.Label(field))}</dt><dd>{shown}</dd>\n");
        }
        return html.Append("</dl>").ToString();
    }

    private static string StatusForm(OpenedReport report, string csrf)
    {
        var options = string.Concat(ComplaintStatus.All.Select(s =>
            $"<option value=\"{Encode(s.Key)}\"{(s.Key == report.Status ? " selected" : "")}>{Encode(s.Value.Th)} / {Encode(s.Value.En)}</option>"));
        return $"""
            <h2>{Both("เปลี่ยนสถานะ", "Change status")}</h2>
            <form method="post" action="/complaints/{Encode(report.Id)}/status">
            {CsrfField(csrf)}
            <label for="status">{Both("สถานะที่ผู้แจ้งจะเห็น", "Status the reporter will see")}</label>
            <select id="status" name="status">{options}</select>
            <div><button type="submit">{Both("บันทึกสถานะ", "Save status")}</button></div>
            </form>
            """;
    }

    // The reply id is drawn with the page, so sending the same form twice (a double click, a reload) stores it once.
    private static string ReplyForm(OpenedReport report, string csrf) => $"""
        <h2>{Both("ตอบผู้แจ้ง", "Reply to the reporter")}</h2>
        <form method="post" action="/complaints/{Encode(report.Id)}/reply">
        {CsrfField(csrf)}
        <input type="hidden" name="{FieldNames.ReplyId}" value="{OfficerReplySignature.NewReplyId()}">
        <label for="message">{Both("ข้อความตอบกลับ (ผู้แจ้งเห็นเมื่อตรวจสอบด้วยรหัสติดตามเรื่อง)", "Reply (the reporter sees it when checking with the receipt code)")}</label>
        <textarea id="message" name="message" maxlength="{FieldLimits.MaxChars[FieldNames.Message]}" required></textarea>
        <div><button type="submit">{Both("ลงลายมือชื่อดิจิทัลและส่งคำตอบ", "Sign and send the reply")}</button></div>
        </form>
        """;
}
