using System.Net;
using System.Text;
using Azure.Data.Tables;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Storage.Tables;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class SubmitStoresCiphertextTests(AzuriteFixture azurite)
{
    private static readonly HashSet<string> AllowedComplaintProperties =
    [
        "PartitionKey", "RowKey", "Timestamp", "odata.etag",
        nameof(ComplaintEntity.Category), nameof(ComplaintEntity.Status), nameof(ComplaintEntity.Submitted), nameof(ComplaintEntity.Updated),
        nameof(ComplaintEntity.Content), nameof(ComplaintEntity.ReportPublicKey), nameof(ComplaintEntity.ReportKeySalt),
        nameof(ComplaintEntity.ReportKeyNonce), nameof(ComplaintEntity.ReportKeyCiphertext),
        nameof(ComplaintEntity.ReportKeyMemoryKiB), nameof(ComplaintEntity.ReportKeyPasses), nameof(ComplaintEntity.MessageCount),
    ];

    [Fact]
    public async Task Stored_entity_holds_only_ciphertext_keyed_hash_category_status_and_dates()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync(Samples.Complaint().With("contact", "line: reporter01"));

        var entities = await host.DumpTableAsync();
        var entity = Assert.Single(entities);
        Assert.Empty(entity.Keys.Except(AllowedComplaintProperties));
        Assert.Equal("bribery", entity.GetString("Category"));
        Assert.Equal("received", entity.GetString("Status"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", entity.GetString("Submitted"));
        Assert.Equal("r-" + host.IdOf(receipt), entity.RowKey);
        Assert.DoesNotContain(receipt, entity.RowKey);

        var sealedContent = entity.GetBinary("Content");
        Assert.DoesNotContain(Samples.What, Encoding.UTF8.GetString(sealedContent));
        var envelope = SealedEnvelope.Open(OfficerSeal.Open(sealedContent, host.OfficerPublicKey, host.OfficerPrivateKey), host.IdOf(receipt), category: "bribery");
        Assert.NotNull(envelope);
        var facts = ComplaintFacts.FromUtf8Json(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(envelope.Body));
        Assert.Equal(Samples.What, facts.What);
        Assert.Equal(Samples.Who, facts.Who);
        Assert.Equal(Samples.When, facts.When);
        Assert.Equal(Samples.Where, facts.Where);
        Assert.Equal(Samples.HowKnown, facts.HowKnown);
        Assert.Equal(Samples.Evidence, facts.Evidence);
        Assert.Equal("line: reporter01", facts.Contact);
    }

    [Fact]
    public async Task The_app_cannot_open_what_it_stored_without_the_officer_private_key()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        await host.SubmitAsync();
        var entity = Assert.Single(await host.DumpTableAsync());
        var stranger = X25519KeyPair.Generate();

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
            OfficerSeal.Open(entity.GetBinary("Content"), host.OfficerPublicKey, stranger.PrivateKey));
        Assert.DoesNotContain(File.ReadAllText(host.Settings.OfficerPrivateKeyPath).Trim(), string.Join("|", host.Options.OfficerPublicKeys, host.Options.ReceiptHashSecret, host.Options.OfficerApiKeyHash));
    }

    [Fact]
    public async Task Form_post_gets_a_bilingual_receipt_page_with_the_code_in_groups_of_four()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var response = await host.Client.SendAsync(Requests.Form("/api/complaints", Samples.Complaint()));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"<strong>\d{4} \d{4} \d{4} \d{4}</strong>", html);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"th\">", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">", html);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Contains("href=\"/check-report/\"", html);
        Assert.Contains("15 วัน", html);
        Assert.Contains("15 days", html);
        Assert.Contains("เก็บเป็นความลับ", html);
        Assert.Contains("keep it secret", html);
        Assert.True(html.IndexOf("จดรหัสนี้ไว้", StringComparison.Ordinal) < html.IndexOf("Write this code down", StringComparison.Ordinal), "Thai comes before English");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(await host.DumpTableAsync());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("form")]
    public async Task Every_response_forbids_caching_referrers_and_scripts(string kind)
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var request = kind == "json" ? Requests.Json("/api/complaints", Samples.Complaint()) : Requests.Form("/api/complaints", Samples.Complaint());
        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", string.Join("", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("geolocation=()", string.Join("", response.Headers.GetValues("Permissions-Policy")));
        Assert.Equal(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
