using System.Net;
using System.Net.Sockets;
using System.Text;
using ImageMagick;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.Intake.Tests;

/// <summary>
/// Evidence files sent with the Send form, on both engines (SQLite with a folder of encrypted files; Azure Table
/// storage with Azurite's Blob service): cleaned, encrypted, linked by the complaint's row, opened only with the
/// officer's key; a refused file or a cut-off upload stores nothing; the purge deletes them with their complaint.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AttachmentSubmissionTests(AzuriteFixture azurite)
{
    private const string SecretName = "slip-of-somchai-at-home.jpg";

    private Task<IntakeTestHost> StartAsync(string engine, Action<IntakeOptions>? configure = null, Action<IServiceCollection>? services = null) =>
        engine == "sqlite" ? IntakeTestHost.StartSqliteAsync(configure: configure, services: services) : IntakeTestHost.StartWithBlobsAsync(azurite, configure, services);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("table")]
    public async Task Files_are_cleaned_sealed_and_read_back_by_the_officer_without_their_metadata(string engine)
    {
        await using var host = await StartAsync(engine);
        var jpeg = EvidenceFiles.JpegWithGps(640, 480);
        var docx = EvidenceFiles.DocxWithAuthor();
        var pdf = EvidenceFiles.PdfWithInfoAndXmp();
        var response = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()),
            (SecretName, jpeg), ("minutes.docx", docx), ("report.pdf", pdf)));
        var page = await response.Content.ReadAsStringAsync();
        AttachmentFlows.AssertCreated(response, page);

        // The receipt lists each file and what was removed from it.
        Assert.Contains(SecretName, page);
        Assert.Contains("พิกัด GPS", page);
        Assert.Contains("GPS position", page);
        Assert.Contains("Document properties (author", page);
        Assert.Contains("PDF document information", page);

        var (complaint, files) = await host.OpenOnlyComplaintAsync();
        Assert.Equal(3, files.Count);
        Assert.Equal(3, complaint.Files.BlobIds.Count);

        var (photoEntry, photo) = files[0];
        Assert.Equal(SecretName, photoEntry.Name);
        using (var image = new MagickImage(photo))
        {
            Assert.Equal((640u, 480u), (image.Width, image.Height));
            Assert.Null(image.GetExifProfile());
            Assert.Null(image.GetXmpProfile());
        }
        Assert.DoesNotContain(EvidenceFiles.Phone, Encoding.Latin1.GetString(photo));

        var (docEntry, doc) = files[1];
        Assert.Equal("docx", docEntry.Kind);
        Assert.DoesNotContain(EvidenceFiles.Author, EvidenceFiles.AllPartsText(doc));
        Assert.Contains("Paid 20,000 baht", EvidenceFiles.AllPartsText(doc));

        var (_, cleanPdf) = files[2];
        Assert.DoesNotContain(EvidenceFiles.Author, EvidenceFiles.PdfText(cleanPdf));
        Assert.DoesNotContain("SecretWriter", EvidenceFiles.PdfText(cleanPdf));

        // Nothing of the files or their names is in clear anywhere in storage.
        var blobs = Encoding.Latin1.GetString(await host.AllBlobBytesAsync());
        var rows = string.Join("\n", (await host.Store.DumpAsync(default)).SelectMany(r => r.Values.Values).Select(v => v is byte[] b ? Encoding.Latin1.GetString(b) : v?.ToString()));
        foreach (var secret in new[] { SecretName, "slip-of-somchai", EvidenceFiles.Author, EvidenceFiles.Phone, "Paid 20,000 baht", "JFIF", "%PDF" })
        {
            Assert.DoesNotContain(secret, blobs);
            Assert.DoesNotContain(secret, rows);
        }
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("slip", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("table")]
    public async Task A_file_that_is_not_accepted_refuses_the_whole_submission_and_stores_nothing(string engine)
    {
        await using var host = await StartAsync(engine);
        var program = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 }.Concat(new byte[5000]).ToArray();
        var response = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()),
            ("photo.jpg", EvidenceFiles.JpegWithGps()), ("holiday.jpg", program)));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ไฟล์ที่ 2 (holiday.jpg)", page);
        Assert.Contains("File 2 (holiday.jpg)", page);
        Assert.Contains("judged by its content", page);
        Assert.DoesNotContain("receipt-code", page);
        Assert.Contains("name=\"submission_id\"", page); // the Send form again
        Assert.Empty(await host.Store.ListComplaintsAsync(default));
        Assert.Equal(0, await host.BlobCountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("table")]
    public async Task An_upload_cut_off_halfway_stores_nothing_and_leaves_no_blob(string engine)
    {
        await using var host = await StartAsync(engine);
        using var full = AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()),
            ("a.jpg", EvidenceFiles.JpegWithGps(800, 600)), ("b.png", EvidenceFiles.Png(900, 900)), ("c.pdf", EvidenceFiles.PdfWithInfoAndXmp()));
        var body = await full.Content!.ReadAsByteArrayAsync();
        var contentType = full.Content.Headers.ContentType!.ToString();

        // The first file whole (it is cleaned and encrypted into a blob), then the connection closes mid-second file.
        var uri = host.Client.BaseAddress!;
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(uri.Host, uri.Port);
            var stream = socket.GetStream();
            var head = $"POST /api/complaints HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body.AsMemory(0, body.Length * 2 / 3));
            await stream.FlushAsync();
            await Task.Delay(1500);
        }

        // The handler notices, deletes what it had written, and answers no one.
        for (var i = 0; i < 50 && await host.BlobCountAsync() > 0; i++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(0, await host.BlobCountAsync());
        Assert.Empty(await host.Store.ListComplaintsAsync(default));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("table")]
    public async Task A_resend_of_the_same_form_and_files_gets_the_one_receipt_and_keeps_one_copy(string engine)
    {
        await using var host = await StartAsync(engine);
        var fields = Samples.Complaint(AttachmentFlows.NewSubmissionId());
        var jpeg = EvidenceFiles.JpegWithGps();
        var first = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(fields, ("a.jpg", jpeg)));
        var second = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(fields, ("a.jpg", jpeg)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(ReceiptOf(await first.Content.ReadAsStringAsync()), ReceiptOf(await second.Content.ReadAsStringAsync()));
        Assert.Single(await host.Store.ListComplaintsAsync(default));
        Assert.Equal(1, await host.BlobCountAsync());

        // The same text with another file is another report.
        var third = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(fields, ("b.png", EvidenceFiles.Png())));
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        Assert.Equal(2, (await host.Store.ListComplaintsAsync(default)).Count);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("table")]
    public async Task The_purge_deletes_a_complaints_files_with_it_and_sweeps_old_blobs_no_complaint_names(string engine)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(engine, o => o.RetentionDays = 10, s => s.AddSingleton<TimeProvider>(clock));
        var closed = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()), ("a.jpg", EvidenceFiles.JpegWithGps()), ("b.png", EvidenceFiles.Png())));
        var open = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId(), what: "อีกเรื่องหนึ่ง เรียกรับเงิน"), ("c.png", EvidenceFiles.Png())));
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, open.StatusCode);
        var closedReceipt = ReceiptOf(await closed.Content.ReadAsStringAsync());
        await host.SetStatusAsync(closedReceipt, ComplaintStatus.Completed);
        // A blob no complaint names, as a killed upload would leave.
        await host.Attachments!.WriteAsync(Storage.Attachments.AttachmentIds.New(), (s, ct) => s.WriteAsync(new byte[100], ct).AsTask(), default);
        Assert.Equal(4, await host.BlobCountAsync());

        clock.Advance(TimeSpan.FromDays(12));
        var purge = host.Services.GetRequiredService<RetentionPurge>();
        var result = await purge.PurgeAsync(default);

        Assert.Equal(1, result.ComplaintsDeleted);
        var left = Assert.Single(await host.Store.ListComplaintsAsync(default));
        Assert.Equal(left.BlobIds.Order(), (await host.Attachments.ListAsync(default)).Select(b => b.Id).Order());
        Assert.Single(left.BlobIds);
    }

    [Fact]
    public async Task Too_many_files_too_large_a_file_and_too_many_bytes_per_address_are_refused()
    {
        await using var host = await StartAsync("sqlite", o =>
        {
            o.MaxAttachments = 2;
            o.MaxAttachmentBytes = 2000;
            o.AttachmentBytesPerWindow = 60_000;
        });
        var png = EvidenceFiles.Png();
        var tooMany = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()), ("1.png", png), ("2.png", png), ("3.png", png)));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("At most 2 files", await tooMany.Content.ReadAsStringAsync());

        var large = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()), ("big.jpg", EvidenceFiles.JpegWithGps(600, 600))));
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("File 1 (big.jpg): The file is larger than", await large.Content.ReadAsStringAsync());
        Assert.Empty(await host.Store.ListComplaintsAsync(default));
        Assert.Equal(0, await host.BlobCountAsync());

        // Bytes are counted per address in the rotating limiter: these uploads spend the 60,000 bytes of the window.
        HttpStatusCode last = HttpStatusCode.OK;
        for (var i = 0; i < 10 && last != HttpStatusCode.TooManyRequests; i++)
        {
            var padding = new string('ก', 2000);
            last = (await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId(), what: padding), ("1.png", png)))).StatusCode;
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    [Fact]
    public async Task Only_a_multipart_post_may_be_larger_than_the_form_limit()
    {
        await using var host = await StartAsync("sqlite");
        var big = new string('a', 200 * 1024);
        var form = await host.Client.SendAsync(Requests.Form("/api/complaints", Samples.Complaint().Append(new("evidence", big))
            .GroupBy(p => p.Key).Select(g => g.Last())));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.StatusCode);
        var json = await host.Client.SendAsync(Requests.Raw("/api/complaints", Encoding.UTF8.GetBytes("{\"what\":\"" + big + "\"}"), "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, json.StatusCode);
    }

    [Fact]
    public async Task The_check_page_offers_the_file_inputs_with_the_limits_and_a_table_host_without_blobs_offers_none()
    {
        await using var host = await StartAsync("sqlite");
        var page = await (await host.Client.SendAsync(Requests.Form("/api/complaints/check", Samples.Complaint()))).Content.ReadAsStringAsync();
        Assert.Contains("enctype=\"multipart/form-data\"", page);
        Assert.Equal(AttachmentLimits.DefaultMaxFiles, System.Text.RegularExpressions.Regex.Matches(page, "type=\"file\"").Count);
        Assert.Contains("10 MB", page);
        Assert.Contains("25 MB", page);

        await using var tableOnly = await IntakeTestHost.StartAsync(azurite.Server);
        var plain = await (await tableOnly.Client.SendAsync(Requests.Form("/api/complaints/check", Samples.Complaint()))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("type=\"file\"", plain);
        var refused = await tableOnly.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()), ("a.png", EvidenceFiles.Png())));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Empty(await tableOnly.Store.ListComplaintsAsync(default));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("table")]
    public async Task Files_added_later_with_the_receipt_reach_the_officer_clean_once_and_go_with_the_purge(string engine)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(engine, o => o.RetentionDays = 10, s => s.AddSingleton<TimeProvider>(clock));
        var receipt = await host.SubmitAsync();
        var id = host.IdOf(receipt);
        var later = new Dictionary<string, string> { ["receipt"] = receipt, ["message"] = "แนบสลิปโอนเงินเพิ่มเติม" };

        var sent = await host.Client.SendAsync(WithPath(AttachmentFlows.FormWithFiles(later, ("slip.jpg", EvidenceFiles.JpegWithGps(200, 100))), "/api/complaints/status"));
        var page = await sent.Content.ReadAsStringAsync();
        Assert.True(sent.StatusCode == HttpStatusCode.OK, page);
        Assert.Contains("slip.jpg", page);
        Assert.Contains("GPS position", page);
        // A resend of the same follow-up and file is stored once, and its new blob is not kept.
        var again = await host.Client.SendAsync(WithPath(AttachmentFlows.FormWithFiles(later, ("slip.jpg", EvidenceFiles.JpegWithGps(200, 100))), "/api/complaints/status"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var thread = await host.Store.ListMessagesAsync(id, default);
        var followUp = Assert.Single(thread).Message;
        Assert.Equal(1, await host.BlobCountAsync());

        // The officer's API gives the follow-up's sealed list and, for a linked blob only, its ciphertext.
        var complaint = await host.OfficerGetAsync($"/api/officer/complaints/{id}");
        var sealedList = Convert.FromBase64String(complaint.GetProperty("messages")[0].GetProperty("sealed_attachments").GetString()!);
        var entry = Assert.Single(Crypto.AttachmentManifest.Open(sealedList, id, host.OfficerPublicKey, host.OfficerPrivateKey, followUp.Key)!);
        Assert.Null(Crypto.AttachmentManifest.Open(sealedList, id, host.OfficerPublicKey, host.OfficerPrivateKey)); // not the report's own list
        var download = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/officer/complaints/{id}/attachments/{entry.Blob}").WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        using var plain = new MemoryStream();
        await Crypto.FileStreamCipher.DecryptAsync(await download.Content.ReadAsStreamAsync(), plain, entry.Key, entry.Blob, default);
        using (var image = new MagickImage(plain.ToArray()))
        {
            Assert.Equal((200u, 100u), (image.Width, image.Height));
            Assert.Null(image.GetExifProfile());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync($"/api/officer/complaints/{id}/attachments/{entry.Blob}")).StatusCode);
        var unlinked = Storage.Attachments.AttachmentIds.New();
        await host.Attachments!.WriteAsync(unlinked, (st, ct) => st.WriteAsync(new byte[10], ct).AsTask(), default);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/officer/complaints/{id}/attachments/{unlinked}").WithOfficerKey(host))).StatusCode);
        await host.Attachments.DeleteAsync([unlinked], default);

        await host.SetStatusAsync(receipt, ComplaintStatus.Completed);
        clock.Advance(TimeSpan.FromDays(12));
        Assert.Equal(1, (await host.Services.GetRequiredService<RetentionPurge>().PurgeAsync(default)).ComplaintsDeleted);
        Assert.Equal(0, await host.BlobCountAsync());
    }

    [Fact]
    public async Task An_empty_file_input_is_skipped_and_positions_follow_the_inputs()
    {
        await using var host = await StartAsync("sqlite");
        using var request = AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()));
        var content = (MultipartFormDataContent)request.Content!;
        var empty = new ByteArrayContent([]);
        empty.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"attachment\"", FileName = "\"\"" };
        content.Add(empty);
        var good = new ByteArrayContent(EvidenceFiles.Png());
        good.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"attachment\"", FileName = "\"fine.png\"" };
        content.Add(good);
        var bad = new ByteArrayContent(new byte[] { 0x4D, 0x5A, 1, 2, 3 });
        bad.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"attachment\"", FileName = "\"setup.pdf\"" };
        content.Add(bad);

        var response = await host.Client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("File 3 (setup.pdf)", page);
        Assert.DoesNotContain("File 1 (", page);
        Assert.DoesNotContain("File 2 (fine.png)", page);
        Assert.Equal(0, await host.BlobCountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("table")]
    public async Task A_new_officer_given_access_by_rewrap_opens_the_lists_of_files_too(string engine)
    {
        var deputy = Crypto.X25519KeyPair.Generate();
        var state = Directory.CreateTempSubdirectory("attachments-rewrap-").FullName;
        var table = "t" + Guid.NewGuid().ToString("N")[..24];
        var container = "c" + Guid.NewGuid().ToString("N")[..24];
        Task<IntakeTestHost> Start(bool withDeputy) => IntakeTestHost.StartAsync(settings =>
        {
            var options = engine == "sqlite" ? settings.ToSqliteOptions() : settings.ToTableOptions(azurite.Server.ConnectionString, azurite.Blobs.ConnectionString);
            (options.TableName, options.AttachmentContainer) = (table, container);
            if (withDeputy)
            {
                options.OfficerPublicKeys += "," + Convert.ToBase64String(deputy.PublicKey);
            }
            return options;
        }, configure: null, services: null, keptStateDirectory: state);
        try
        {
            string id;
            await using (var before = await Start(withDeputy: false))
            {
                var sent = await before.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()), ("a.png", EvidenceFiles.Png())));
                var receipt = ReceiptOf(await sent.Content.ReadAsStringAsync());
                id = before.IdOf(receipt);
                var later = await before.Client.SendAsync(WithPath(AttachmentFlows.FormWithFiles(new() { ["receipt"] = receipt }, ("b.png", EvidenceFiles.Png(30, 30))), "/api/complaints/status"));
                Assert.Equal(HttpStatusCode.OK, later.StatusCode);
            }
            await using var host = await Start(withDeputy: true);
            var complaint = (await host.Store.FindComplaintAsync(id, default))!;
            var followUp = Assert.Single(await host.Store.ListMessagesAsync(id, default)).Message;
            Assert.Null(Crypto.AttachmentManifest.Open(complaint.Files.Sealed, id, deputy.PublicKey, deputy.PrivateKey));

            foreach (var (item, sealedList) in new[] { ("attachments", complaint.Files.Sealed), ("attachments:" + followUp.Key, followUp.Files.Sealed) })
            {
                var replacement = Crypto.OfficerSeal.AddRecipient(sealedList, host.OfficerPublicKey, host.OfficerPrivateKey, deputy.PublicKey)!;
                var response = await host.Client.SendAsync(Requests.Json($"/api/officer/complaints/{id}/reseal", new { item, @sealed = Convert.ToBase64String(replacement) }).WithOfficerKey(host));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            complaint = (await host.Store.FindComplaintAsync(id, default))!;
            followUp = Assert.Single(await host.Store.ListMessagesAsync(id, default)).Message;
            Assert.Equal("a.png", Assert.Single(Crypto.AttachmentManifest.Open(complaint.Files.Sealed, id, deputy.PublicKey, deputy.PrivateKey)!).Name);
            Assert.Equal("b.png", Assert.Single(Crypto.AttachmentManifest.Open(followUp.Files.Sealed, id, deputy.PublicKey, deputy.PrivateKey, followUp.Key)!).Name);
            // The list cannot be swapped for the content or another item's list.
            var wrong = await host.Client.SendAsync(Requests.Json($"/api/officer/complaints/{id}/reseal", new { item = "attachments", @sealed = Convert.ToBase64String(followUp.Files.Sealed) }).WithOfficerKey(host));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }

    private static HttpRequestMessage WithPath(HttpRequestMessage request, string path)
    {
        request.RequestUri = new Uri(path, UriKind.Relative);
        return request;
    }

    private static string ReceiptOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "receipt-code\"><strong>([0-9 ]{19})</strong>").Groups[1].Value.Replace(" ", "");
}
