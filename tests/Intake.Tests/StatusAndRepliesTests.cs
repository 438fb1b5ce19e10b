using System.Net;
using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StatusAndRepliesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Receipt_is_accepted_bare_with_spaces_with_dashes_and_in_thai_digits()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        var spaced = string.Join(' ', receipt.Chunk(4).Select(c => new string(c)));
        var dashed = string.Join('-', receipt.Chunk(4).Select(c => new string(c)));
        var thai = new string(receipt.Select(c => (char)('๐' + (c - '0'))).ToArray());

        foreach (var form in new[] { receipt, spaced, dashed, " " + dashed + " ", thai })
        {
            var body = await host.StatusAsync(form);
            Assert.Equal("received", body.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Unknown_receipt_is_404_naming_the_receipt()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        await host.SubmitAsync();
        var (response, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt = "0000 0000 0000 0000" }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["receipt"], body.ErrorFields());
    }

    [Fact]
    public async Task Officer_replies_are_readable_by_the_reporter_with_the_receipt()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        var id = host.IdOf(receipt);
        var reply = "ได้รับเรื่องแล้ว กำลังตรวจสอบเอกสารการอนุญาตก่อสร้าง";

        var replied = await host.Client.SendAsync(host.SignedReply(id, reply));
        Assert.Equal(HttpStatusCode.Created, replied.StatusCode);
        var setStatus = await host.Client.SendAsync(Requests.Json($"/api/officer/complaints/{id}/status", new { status = "in-progress" }).WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, setStatus.StatusCode);

        var status = await host.StatusAsync(receipt);
        Assert.Equal("in-progress", status.GetProperty("status").GetString());
        Assert.Equal("อยู่ระหว่างดำเนินการ", status.GetProperty("status_th").GetString());
        Assert.Equal(reply, Assert.Single(status.GetProperty("replies").EnumerateArray()).GetProperty("message").GetString());

        var stored = (await host.DumpTableAsync()).Single(e => e.RowKey.StartsWith("m-", StringComparison.Ordinal));
        Assert.DoesNotContain(reply, Encoding.UTF8.GetString(stored.GetBinary("ForReporter")));
        Assert.Equal(reply, host.OpenMessageForOfficer(stored.GetBinary("ForOfficer"), id, IntakeFlows.MessageKeyOf(stored.RowKey)));
    }

    [Fact]
    public async Task Follow_up_is_sealed_to_the_officer_and_opens_only_with_the_officer_private_key()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        var followUp = "มีพยานเพิ่มอีกหนึ่งคน เป็นผู้รับเหมาในพื้นที่";

        var body = await host.StatusAsync(receipt, followUp);
        Assert.True(body.GetProperty("message_stored").GetBoolean());
        Assert.Single(body.GetProperty("follow_ups_sent").EnumerateArray());

        var message = (await host.DumpTableAsync()).Single(e => e.RowKey.StartsWith("m-", StringComparison.Ordinal));
        Assert.Equal("reporter", message.GetString("From"));
        Assert.Empty(message.GetBinary("ForReporter"));
        var sealedForOfficer = message.GetBinary("ForOfficer");
        Assert.Equal(followUp, host.OpenMessageForOfficer(sealedForOfficer, host.IdOf(receipt), IntakeFlows.MessageKeyOf(message.RowKey)));
        var reportKey = (await host.DumpTableAsync()).Single(e => e.RowKey.StartsWith("r-", StringComparison.Ordinal)).GetBinary("ReportPublicKey");
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
            OfficerSeal.Open(sealedForOfficer, host.OfficerPublicKey, X25519KeyPair.Generate().PrivateKey));
        Assert.Null(OfficerSeal.Open(sealedForOfficer, reportKey, X25519KeyPair.Generate().PrivateKey));

        var fetched = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/officer/complaints/{host.IdOf(receipt)}").WithOfficerKey(host));
        var thread = Assert.Single(fetched.Body.GetProperty("messages").EnumerateArray());
        Assert.Equal(followUp, host.OpenMessageForOfficer(Convert.FromBase64String(thread.GetProperty("sealed_for_officer").GetString()!), host.IdOf(receipt), thread.GetProperty("key").GetString()!));
    }

    [Fact]
    public async Task Form_status_page_shows_thai_buddhist_era_dates_replies_and_a_follow_up_form()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        await host.ReplyAsync(receipt, "ขอบคุณ <b>สำหรับ</b> ข้อมูล");

        var response = await host.Client.SendAsync(Requests.Form("/api/complaints/status", [new("receipt", receipt[..4] + "-" + receipt[4..])]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        Assert.Contains($"{today.Year + 543}", html);
        Assert.Matches(@"\d{1,2} (มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม) 25\d\d", html);
        Assert.Contains("ได้รับเรื่องแล้ว รอตรวจสอบ", html);
        Assert.Contains("Received, awaiting review", html);
        Assert.Contains("ขอบคุณ &lt;b&gt;สำหรับ&lt;/b&gt; ข้อมูล", html);
        Assert.Contains("method=\"post\" action=\"/api/complaints/status\">", html);
        Assert.Contains("name=\"receipt\"", html);
        Assert.Contains("<label for=\"message\">", html);
        Assert.Contains("name=\"message\"", html);
        Assert.DoesNotContain("?receipt", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public async Task Follow_up_sent_from_the_form_is_confirmed_on_the_page()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();

        var response = await host.Client.SendAsync(Requests.Form("/api/complaints/status", [new("receipt", receipt), new("message", "ข้อมูลเพิ่มเติม")]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ส่งข้อความเพิ่มเติมถึงเจ้าหน้าที่แล้ว", html);
        Assert.Contains("Your follow-up message was sent", html);
    }
}
