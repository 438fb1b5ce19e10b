using System.Globalization;
using MimeKit;

namespace IntegritySite.Intake.Notifications;

/// <summary>
/// The only mails the intake sends: counts and where to go, Thai first with English. Never a category, a text, an id,
/// a receipt or a day of a report: a mailbox is read on phones and shared PCs, and mail passes through providers.
/// </summary>
public static class NotificationMail
{
    public static MimeMessage NewReports(IntakeOptions options, int count) => Build(options,
        subject: $"มีเรื่องร้องเรียนใหม่ {Number(count)} เรื่อง / {Number(count)} new report(s)",
        th: $"มีเรื่องร้องเรียนการทุจริตเข้ามาใหม่ {Number(count)} เรื่อง เปิดอ่านได้ที่โต๊ะทำงานเจ้าหน้าที่ (officer desk) บนเครื่องของท่าน",
        en: $"{Number(count)} new corruption report(s) arrived. Read them in the officer desk on your own computer.");

    public static MimeMessage Digest(IntakeOptions options, DigestCounts counts) => Build(options,
        subject: $"สรุปเรื่องร้องเรียนประจำวัน: เกินกำหนด {Number(counts.Overdue)} ใกล้ครบกำหนด {Number(counts.DueSoon)} / Daily summary",
        th: $"เรื่องที่ยังไม่ปิด {Number(counts.Open)} เรื่อง เกินกำหนดตอบผู้แจ้งแล้ว {Number(counts.Overdue)} เรื่อง ครบกำหนดตอบภายใน {DigestCounts.DueSoonDays} วัน {Number(counts.DueSoon)} เรื่อง",
        en: $"Open reports: {Number(counts.Open)}. Past the answer day: {Number(counts.Overdue)}. Answer due within {DigestCounts.DueSoonDays} days: {Number(counts.DueSoon)}.");

    private static MimeMessage Build(IntakeOptions options, string subject, string th, string en)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.NotifyFrom.Length > 0 ? options.NotifyFrom : "integritysite@localhost"));
        foreach (var to in options.NotifyTo.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            message.To.Add(MailboxAddress.Parse(to));
        }
        message.Subject = subject;
        var where = options.NotifyDeskUrl.Length > 0 ? $"\n\n{options.NotifyDeskUrl}" : "";
        message.Body = new TextPart("plain")
        {
            Text = $"{th}{where}\n\n{en}\n\n-- \nระบบรับเรื่องร้องเรียนการทุจริต (อีเมลนี้ไม่มีเนื้อหาของเรื่องใด ๆ)\nCorruption-complaint intake (this mail holds no report content)\n",
        };
        return message;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the daily digest counts.</summary>
public sealed record DigestCounts(int Open, int Overdue, int DueSoon)
{
    public const int DueSoonDays = 3;
}
