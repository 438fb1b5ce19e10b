using System.Net;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

/// <summary>
/// Issue 7, several officers: every report and follow-up is sealed to each configured officer key, so one lost key or
/// one departure loses nothing; a key no longer configured reads nothing new; an officer who can read a report can
/// give a newly added officer access to it, and the intake stores that only when it changes nothing else.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SeveralOfficersTests(AzuriteFixture azurite)
{
    private readonly X25519KeyPair _deputy = X25519KeyPair.Generate();

    [Theory]
    [InlineData("table")]
    [InlineData("sqlite")]
    public async Task A_second_officer_key_opens_the_report_and_its_follow_ups(string engine)
    {
        await using var host = await StartAsync(engine, WithDeputy);
        var receipt = await host.SubmitAsync();
        await host.StatusAsync(receipt, "เพิ่มเติม: มีใบเสร็จปลอม");
        var id = host.IdOf(receipt);

        var complaint = (await host.Store.FindComplaintAsync(id, CancellationToken.None))!;
        var envelope = SealedEnvelope.Open(OfficerSeal.Open(complaint.Content, _deputy.PublicKey, _deputy.PrivateKey), id, category: "bribery");
        Assert.NotNull(envelope);
        Assert.Equal(Samples.What, envelope.Body.GetProperty("what").GetString());
        var message = Assert.Single(await host.Store.ListMessagesAsync(id, CancellationToken.None)).Message;
        Assert.Equal("เพิ่มเติม: มีใบเสร็จปลอม",
            SealedEnvelope.Open(OfficerSeal.Open(message.ForOfficer, _deputy.PublicKey, _deputy.PrivateKey), id, messageKey: message.Key)!.Body.GetString());
        // And the first officer still reads both.
        Assert.Equal(Samples.What, host.OpenComplaintForOfficer(complaint.Content, id).What);
        Assert.Equal(2, OfficerSeal.Recipients(complaint.Content).Count);
    }

    [Fact]
    public async Task A_key_removed_from_the_settings_reads_nothing_received_after()
    {
        var state = Directory.CreateTempSubdirectory("officers-removed-").FullName;
        try
        {
            string before, after;
            await using (var withDeputy = await IntakeTestHost.StartSqliteInAsync(state, WithDeputy))
            {
                before = withDeputy.IdOf(await withDeputy.SubmitAsync());
            }
            await using var without = await IntakeTestHost.StartSqliteInAsync(state);
            after = without.IdOf(await without.SubmitAsync(Samples.Complaint(what: "เรื่องหลังเจ้าหน้าที่ย้ายออก")));

            Assert.NotNull(OfficerSeal.Open((await without.Store.FindComplaintAsync(before, CancellationToken.None))!.Content, _deputy.PublicKey, _deputy.PrivateKey));
            var later = (await without.Store.FindComplaintAsync(after, CancellationToken.None))!.Content;
            Assert.Null(OfficerSeal.Open(later, _deputy.PublicKey, _deputy.PrivateKey));
            Assert.Equal("เรื่องหลังเจ้าหน้าที่ย้ายออก", without.OpenComplaintForOfficer(later, after).What);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }

    [Theory]
    [InlineData("table")]
    [InlineData("sqlite")]
    public async Task The_intake_stores_a_reseal_only_when_it_adds_a_configured_officer_and_changes_nothing_else(string engine)
    {
        var stranger = X25519KeyPair.Generate();
        await using var host = await StartAsync(engine, WithDeputy);
        var id = host.IdOf(await host.SubmitAsync());
        // As if received before the deputy's key existed: sealed to the first officer only.
        var onlyFirst = OfficerSeal.Seal(SealedEnvelope.ForReport(id, "bribery", FactsJson()), [host.OfficerPublicKey]);
        var stored = (await host.Store.FindComplaintAsync(id, CancellationToken.None))!.Content;
        Assert.True(await host.Store.ResealAsync(id, null, stored, onlyFirst, CancellationToken.None));

        var toStranger = OfficerSeal.AddRecipient(onlyFirst, host.OfficerPublicKey, host.OfficerPrivateKey, stranger.PublicKey)!;
        Assert.Equal(HttpStatusCode.BadRequest, (await ResealAsync(host, id, toStranger)).StatusCode);

        var toDeputy = OfficerSeal.AddRecipient(onlyFirst, host.OfficerPublicKey, host.OfficerPrivateKey, _deputy.PublicKey)!;
        var altered = (byte[])toDeputy.Clone();
        altered[^1] ^= 1;
        Assert.Equal(HttpStatusCode.BadRequest, (await ResealAsync(host, id, altered)).StatusCode);
        var otherReport = OfficerSeal.Seal(SealedEnvelope.ForReport(id, "bribery", FactsJson()), [host.OfficerPublicKey, _deputy.PublicKey]);
        Assert.Equal(HttpStatusCode.BadRequest, (await ResealAsync(host, id, otherReport)).StatusCode);
        Assert.Equal(onlyFirst, (await host.Store.FindComplaintAsync(id, CancellationToken.None))!.Content);

        Assert.Equal(HttpStatusCode.OK, (await ResealAsync(host, id, toDeputy)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ResealAsync(host, id, toDeputy)).StatusCode);
        var now = (await host.Store.FindComplaintAsync(id, CancellationToken.None))!.Content;
        Assert.Equal(toDeputy, now);
        Assert.NotNull(SealedEnvelope.Open(OfficerSeal.Open(now, _deputy.PublicKey, _deputy.PrivateKey), id, category: "bribery"));

        using var noKey = Requests.Json($"/api/officer/complaints/{id}/reseal", new { item = "content", @sealed = Convert.ToBase64String(toDeputy) });
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(noKey)).StatusCode);
    }

    [Fact]
    public void A_sealed_item_opens_for_each_recipient_only_and_a_stanza_is_added_without_touching_the_ciphertext()
    {
        var (first, second, outsider) = (X25519KeyPair.Generate(), X25519KeyPair.Generate(), X25519KeyPair.Generate());
        var text = "ข้อความลับ"u8.ToArray();
        var sealedItem = OfficerSeal.Seal(text, [first.PublicKey]);

        Assert.Equal(text, OfficerSeal.Open(sealedItem, first.PublicKey, first.PrivateKey));
        Assert.Null(OfficerSeal.Open(sealedItem, second.PublicKey, second.PrivateKey));
        Assert.Null(OfficerSeal.AddRecipient(sealedItem, outsider.PublicKey, outsider.PrivateKey, second.PublicKey));

        var both = OfficerSeal.AddRecipient(sealedItem, first.PublicKey, first.PrivateKey, second.PublicKey)!;
        Assert.Equal(text, OfficerSeal.Open(both, second.PublicKey, second.PrivateKey));
        Assert.True(OfficerSeal.OnlyAddsRecipients(sealedItem, both, out var added));
        Assert.Equal(second.PublicKey, Assert.Single(added));
        Assert.False(OfficerSeal.OnlyAddsRecipients(both, sealedItem, out _));
        Assert.Same(both, OfficerSeal.AddRecipient(both, first.PublicKey, first.PrivateKey, second.PublicKey));

        // Items written before several officers (one plain sealed box) still open for their one officer.
        var legacy = SealedBox.Seal(text, first.PublicKey);
        Assert.Equal(text, OfficerSeal.Open(legacy, first.PublicKey, first.PrivateKey));
        Assert.Null(OfficerSeal.Open(legacy, second.PublicKey, second.PrivateKey));
    }

    private static byte[] FactsJson() => new Model.ComplaintFacts { Category = "bribery", What = Samples.What, HowKnown = Samples.HowKnown }.ToUtf8Json();

    private void WithDeputy(IntakeOptions options) => options.OfficerPublicKeys += "," + Convert.ToBase64String(_deputy.PublicKey);

    private static Task<HttpResponseMessage> ResealAsync(IntakeTestHost host, string id, byte[] replacement) =>
        host.Client.SendAsync(Requests.Json($"/api/officer/complaints/{id}/reseal", new { item = "content", @sealed = Convert.ToBase64String(replacement) }).WithOfficerKey(host));

    private Task<IntakeTestHost> StartAsync(string engine, Action<IntakeOptions> configure) =>
        engine == "sqlite" ? IntakeTestHost.StartSqliteAsync(configure: configure) : IntakeTestHost.StartAsync(azurite.Server, configure);
}
