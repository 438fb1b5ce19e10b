using System.Net;
using AngleSharp.Html.Parser;
using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Storage;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

/// <summary>
/// Someone who can write the store (a leaked connection string, a rogue administrator) must not be able to speak as
/// the officer to a reporter: every report's public key is stored in clear, so they can seal any text to it, but they
/// cannot sign it. Each test forges through the store contract itself, on both engines.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ForgeryTests(AzuriteFixture azurite)
{
    private const string Lure = "กรุณาโทรกลับที่ 081-234-5678 และแจ้งชื่อจริงของท่าน";

    [Theory]
    [InlineData("table")]
    [InlineData("sqlite")]
    public async Task A_reply_written_into_the_store_without_the_officer_signature_is_never_shown(string engine)
    {
        await using var host = await StartAsync(engine);
        var receipt = await host.SubmitAsync();
        var id = host.IdOf(receipt);
        var report = (await host.Store.FindComplaintAsync(id, CancellationToken.None))!;
        var (attackerKey, _) = OfficerReplySignature.GenerateKeyPair();
        var replyId = OfficerReplySignature.NewReplyId();

        foreach (var signature in new[] { new byte[64], OfficerReplySignature.Sign(attackerKey, id, replyId, Lure) })
        {
            var forged = new NewMessage(OfficerReplySignature.NewReplyId(), NewMessage.FromOfficer, "2026-03-26",
                ForOfficer: [], ForReporter: SealedBox.Seal(Encoding.UTF8.GetBytes(Lure), report.ReportKey.PublicKey), Signature: signature);
            Assert.Equal(MessageOutcome.Stored, await host.Store.AddMessageAsync(id, forged, "2026-03-26", CancellationToken.None));
        }
        await host.ReplyAsync(receipt, "ได้รับเรื่องแล้ว");

        var status = await host.StatusAsync(receipt);
        Assert.Equal(["ได้รับเรื่องแล้ว"], status.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("message").GetString()));
        var page = await (await host.Client.SendAsync(Requests.Form("/api/complaints/status", [new("receipt", receipt)]))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("081-234-5678", page);
        // As the reporter reads it (the page writes the apostrophe as a character reference).
        Assert.Contains("2 message(s) could not be verified as the officer's", new HtmlParser().ParseDocument(page).Body!.TextContent);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("sqlite")]
    public async Task A_signed_reply_copied_to_another_report_or_under_another_id_is_not_shown(string engine)
    {
        await using var host = await StartAsync(engine);
        var first = await host.SubmitAsync();
        var second = await host.SubmitAsync(Samples.Complaint(what: "เรื่องที่สอง"));
        await host.ReplyAsync(first, Lure);
        var signed = (await host.Store.ListMessagesAsync(host.IdOf(first), CancellationToken.None)).Single().Message;
        var target = (await host.Store.FindComplaintAsync(host.IdOf(second), CancellationToken.None))!;
        var resealed = signed with { ForReporter = SealedBox.Seal(Encoding.UTF8.GetBytes(Lure), target.ReportKey.PublicKey) };

        await host.Store.AddMessageAsync(target.Id, resealed, "2026-03-26", CancellationToken.None);
        var firstReport = (await host.Store.FindComplaintAsync(host.IdOf(first), CancellationToken.None))!;
        await host.Store.AddMessageAsync(firstReport.Id, signed with { Key = OfficerReplySignature.NewReplyId() }, "2026-03-26", CancellationToken.None);

        Assert.Empty((await host.StatusAsync(second)).GetProperty("replies").EnumerateArray());
        Assert.Single((await host.StatusAsync(first)).GetProperty("replies").EnumerateArray());
    }

    [Fact]
    public async Task The_officer_api_stores_no_reply_whose_signature_does_not_verify()
    {
        // Holding the officer API key is not enough to speak as the officer: the signing key stays on the officer's machine.
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var id = host.IdOf(await host.SubmitAsync());
        var replyId = OfficerReplySignature.NewReplyId();
        var (otherKey, _) = OfficerReplySignature.GenerateKeyPair();
        var requests = new[]
        {
            Requests.Json($"/api/officer/complaints/{id}/replies", new { message = Lure }).WithOfficerKey(host),
            Requests.Json($"/api/officer/complaints/{id}/replies", new { message = Lure, reply_id = replyId, signature = Convert.ToBase64String(OfficerReplySignature.Sign(otherKey, id, replyId, Lure)) }).WithOfficerKey(host),
            Requests.Json($"/api/officer/complaints/{id}/replies", new { message = Lure + ".", reply_id = replyId, signature = Convert.ToBase64String(OfficerReplySignature.Sign(host.OfficerSigningKey, id, replyId, Lure)) }).WithOfficerKey(host),
        };

        foreach (var request in requests)
        {
            var (response, body) = await host.Client.SendJsonAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("signature", body.ErrorFields());
        }
        Assert.Empty(await host.Store.ListMessagesAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_signed_reply_sent_twice_is_stored_once()
    {
        await using var host = await IntakeTestHost.StartSqliteAsync();
        var receipt = await host.SubmitAsync();
        var id = host.IdOf(receipt);
        var replyId = OfficerReplySignature.NewReplyId();

        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.SignedReply(id, "รับเรื่องแล้ว", replyId))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.SignedReply(id, "รับเรื่องแล้ว", replyId))).StatusCode);

        Assert.Single(await host.Store.ListMessagesAsync(id, CancellationToken.None));
        Assert.Single((await host.StatusAsync(receipt)).GetProperty("replies").EnumerateArray());
    }

    [Theory]
    [InlineData("table")]
    [InlineData("sqlite")]
    public async Task Sealed_content_moved_into_another_row_does_not_open_as_that_report(string engine)
    {
        await using var host = await StartAsync(engine);
        var first = (await host.Store.FindComplaintAsync(host.IdOf(await host.SubmitAsync()), CancellationToken.None))!;
        var second = (await host.Store.FindComplaintAsync(host.IdOf(await host.SubmitAsync(Samples.Complaint(what: "เรื่องที่สอง"))), CancellationToken.None))!;

        // What the officer's tool does with each row: open, then check the report id (and category) sealed inside.
        var plaintext = OfficerSeal.Open(first.Content, host.OfficerPublicKey, host.OfficerPrivateKey);
        Assert.NotNull(SealedEnvelope.Open(plaintext, first.Id, category: first.Category));
        Assert.Null(SealedEnvelope.Open(plaintext, second.Id, category: second.Category));
        Assert.Null(SealedEnvelope.Open(plaintext, first.Id, category: "procurement"));
    }

    private Task<IntakeTestHost> StartAsync(string engine) =>
        engine == "sqlite" ? IntakeTestHost.StartSqliteAsync() : IntakeTestHost.StartAsync(azurite.Server);
}
