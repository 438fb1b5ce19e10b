using System.Text;
using IntegritySite.Intake.Notifications;
using IntegritySite.Intake.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.Intake.Tests;

/// <summary>
/// Issue 7, notifications without content: officers get a mail when reports arrive and a daily digest, with counts
/// and where to go only — captured by a real SMTP server to prove no category, text, id or receipt is in them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class NotificationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Reports_arriving_together_make_one_mail_with_the_count_and_no_report_data()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var host = await IntakeTestHost.StartSqliteAsync(configure: o => Notify(o, smtp, TimeSpan.FromSeconds(5)));
        // Both within the 5-second window, even on a loaded CI machine: one mail that says 2.
        var receipts = new[] { await host.SubmitAsync(), await host.SubmitAsync(Samples.Complaint(what: "ผู้รับเหมารายเดียวชนะทุกโครงการ").With("category", "procurement")) };

        var mail = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal(["legal@municipality.example", "deputy@municipality.example"], mail.Message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("มีเรื่องร้องเรียนใหม่ 2 เรื่อง", mail.Message.Subject);
        Assert.Contains("2 new corruption report(s) arrived", mail.Message.TextBody);
        Assert.Contains("https://intranet.municipality.example/officer-desk", mail.Message.TextBody);
        AssertHoldsNoReportData(host, mail, receipts, ["bribery", "procurement", "ผู้รับเหมารายเดียว"]);
    }

    [Fact]
    public async Task The_daily_digest_counts_overdue_and_due_soon_and_holds_no_report_data()
    {
        await using var smtp = TestSmtpServer.Start();
        var clock = new ManualClock(ManualClock.BangkokNoon(2026, 3, 1));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, o => Notify(o, smtp, TimeSpan.Zero), s => s.AddSingleton<TimeProvider>(clock));
        var overdue = await host.SubmitAsync();          // due 16 March: overdue on 20 March
        clock.Set(ManualClock.BangkokNoon(2026, 3, 6));
        var dueSoon = await host.SubmitAsync();          // due 21 March: within three days of 20 March
        clock.Set(ManualClock.BangkokNoon(2026, 3, 15));
        var closed = await host.SubmitAsync();
        await host.SetStatusAsync(closed, "completed");
        clock.Set(ManualClock.BangkokNoon(2026, 3, 20));

        var (counts, sent) = await host.Services.GetRequiredService<DailyDigest>().SendAsync(CancellationToken.None);

        Assert.True(sent);
        Assert.Equal(new DigestCounts(Open: 2, Overdue: 1, DueSoon: 1), counts);
        var mail = await smtp.WaitForAsync(m => m.Subject?.Contains("Daily summary", StringComparison.Ordinal) == true);
        Assert.Contains("Open reports: 2. Past the answer day: 1. Answer due within 3 days: 1.", mail.Message.TextBody);
        Assert.Contains("เกินกำหนดตอบผู้แจ้งแล้ว 1 เรื่อง", mail.Message.TextBody);
        AssertHoldsNoReportData(host, mail, [overdue, dueSoon, closed], ["bribery", "2026-03-0", "2026-03-1"]);
    }

    [Fact]
    public async Task Without_smtp_settings_nothing_is_sent_and_the_receipt_is_given_as_always()
    {
        await using var smtp = TestSmtpServer.Start();
        await using var host = await IntakeTestHost.StartSqliteAsync(configure: o => o.NotifyCoalesce = TimeSpan.Zero);
        await host.SubmitAsync();
        var (_, sent) = await host.Services.GetRequiredService<DailyDigest>().SendAsync(CancellationToken.None);
        await Task.Delay(500);
        Assert.False(sent);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task An_unreachable_mail_server_does_not_delay_or_fail_a_submission()
    {
        await using var host = await IntakeTestHost.StartSqliteAsync(configure: o =>
        {
            o.NotifySmtpHost = "127.0.0.1";
            o.NotifySmtpPort = 9; // nothing listens on the discard port
            o.NotifySmtpSecurity = "none";
            o.NotifyTo = "legal@municipality.example";
            o.NotifyCoalesce = TimeSpan.Zero;
        });
        var receipt = await host.SubmitAsync();
        Assert.Equal("received", (await host.StatusAsync(receipt)).GetProperty("status").GetString());
    }

    private static void Notify(IntakeOptions options, TestSmtpServer smtp, TimeSpan coalesce)
    {
        options.NotifySmtpHost = "127.0.0.1";
        options.NotifySmtpPort = smtp.Port;
        options.NotifySmtpSecurity = "none";
        options.NotifyFrom = "integrity@municipality.example";
        options.NotifyTo = "legal@municipality.example, deputy@municipality.example";
        options.NotifyDeskUrl = "https://intranet.municipality.example/officer-desk";
        options.NotifyCoalesce = coalesce;
    }

    /// <summary>Neither the raw mail (any encoding of it) nor its decoded text holds a receipt, an id, a category or the text.</summary>
    private static void AssertHoldsNoReportData(IntakeTestHost host, (byte[] Raw, MimeKit.MimeMessage Message) mail, IEnumerable<string> receipts, IEnumerable<string> forbidden)
    {
        var decoded = mail.Message.Subject + "\n" + mail.Message.TextBody;
        var raw = Encoding.UTF8.GetString(mail.Raw);
        foreach (var value in receipts.SelectMany(r => new[] { r, host.IdOf(r) }).Concat(forbidden).Concat([Samples.What, "การเรียกรับสินบน", "การจัดซื้อจัดจ้าง"]))
        {
            Assert.DoesNotContain(value, decoded);
            Assert.DoesNotContain(value, raw);
        }
    }
}
