using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegritySite.Intake.Crypto;
using IntegritySite.Officer.Desk.Pages;
using IntegritySite.Officer.Reading;
using IntegritySite.Officer.Rewrap;
using IntegritySite.Officer.Statistics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegritySite.Officer.Desk;

/// <summary>
/// The officer desk: a web app on 127.0.0.1 (a free port) for this officer's browser only (<see cref="DeskAccess"/>).
/// It talks to the intake API like the CLI, and decrypts in this process with the officer's own keys.
/// </summary>
internal sealed class DeskApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DeskSession _session;
    private DeskAccess? _access;

    private DeskApp(WebApplication app, DeskSession session)
    {
        _app = app;
        _session = session;
    }

    /// <summary>The one-time start link (token in the URL), for the officer's browser.</summary>
    public string StartUrl => $"{_access!.Origin}/?{DeskAccess.TokenParameter}={_access.StartToken}";

    public static async Task<DeskApp> StartAsync(DeskSession session, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();
        var desk = new DeskApp(app, session);
        app.Use((context, next) => desk._access is { } access ? access.InvokeAsync(context, next) : Results.StatusCode(503).ExecuteAsync(context));
        desk.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        desk._access = new DeskAccess(new Uri(address).GetLeftPart(UriPartial.Authority));
        return desk;
    }

    public Task WaitForShutdownAsync() => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app);

    public async ValueTask DisposeAsync()
    {
        _session.Dispose();
        await _app.DisposeAsync();
    }

    private string Csrf => _access!.Csrf;

    private void Map(WebApplication app)
    {
        app.MapGet("/desk.css", () => Results.Text(DeskStyles.Css, "text/css; charset=utf-8"));
        app.MapGet("/unlock", () => Page("ปลดล็อกกุญแจ", "Unlock your keys",
            (_session.LockedForIdle ? DeskHtml.Notice("ล็อกกุญแจแล้วเพราะไม่ได้ใช้งานนาน ใส่รหัสผ่านอีกครั้ง", "The keys were locked after a while without use; give the passphrase again.") : "")
            + UnlockPage.Render(Csrf, _session.KeyDirectory, null), unlocked: false));
        app.MapPost("/unlock", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            try
            {
                _session.Unlock(form["passphrase"].ToString());
                return SeeOther("/");
            }
            catch (InvalidOperationException e)
            {
                return Page("ปลดล็อกกุญแจ", "Unlock your keys", UnlockPage.Render(Csrf, _session.KeyDirectory, e.Message), unlocked: false, StatusCodes.Status400BadRequest);
            }
        });
        app.MapPost("/lock", () =>
        {
            _session.Lock();
            return SeeOther("/unlock");
        });

        app.MapGet("/", (string? done) => Unlocked(async () =>
            Page("กล่องเรื่องร้องเรียน", "Inbox", InboxPage.Render(await _session.Api.ListAsync(), _session.Seen.HasSeen, DoneNotice(done)))));
        app.MapGet("/complaints/{id}", (string id, string? done) => Unlocked(async () => await ReportAsync(id, DoneNotice(done))));
        // One evidence file, decrypted in this process from the intake's ciphertext, sent as a download: no-store (the
        // access layer), Content-Disposition: attachment, never written to disk here; its bytes are zeroed once sent.
        app.MapGet("/complaints/{id}/attachments/{n:int}", (string id, int n) => Unlocked(async () =>
        {
            var report = ReportOpener.Open(await _session.Api.GetComplaintAsync(id), _session.Keys!);
            if (n < 1 || n > report.AllFiles.Count)
            {
                return Results.NotFound();
            }
            var entry = report.AllFiles[n - 1].Entry;
            byte[] content;
            try
            {
                content = await AttachmentReader.ReadAsync(_session.Api, report.Id, entry);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return Page("ไฟล์ถูกแก้ไข", "File tampered",
                    DeskHtml.Notice("ถูกแก้ไข: ไฟล์นี้ถูกตัดหรือแก้ไขหลังบันทึก จึงไม่ส่งให้", "TAMPERED: this file was cut short or altered after it was stored; it is not served.", "error"),
                    status: StatusCodes.Status502BadGateway);
            }
            return new AttachmentResult(content, entry.MediaType, entry.Name);
        }));
        app.MapPost("/complaints/{id}/status", (string id, HttpRequest request) => Unlocked(async () =>
        {
            var status = (await request.ReadFormAsync())["status"].ToString();
            if (!ComplaintStatus.IsKnown(status))
            {
                return await ReportAsync(id, DeskHtml.Notice("สถานะไม่ถูกต้อง", "Unknown status.", "error"), StatusCodes.Status400BadRequest);
            }
            await _session.Api.SetStatusAsync(id, status);
            return SeeOther($"/complaints/{Uri.EscapeDataString(id)}?done=status");
        }));
        app.MapPost("/complaints/{id}/reply", (string id, HttpRequest request) => Unlocked(async () =>
        {
            var form = await request.ReadFormAsync();
            var message = form[FieldNames.Message].ToString().Trim();
            var replyId = form[FieldNames.ReplyId].ToString();
            if (message.Length == 0 || !OfficerReplySignature.IsReplyId(replyId))
            {
                return await ReportAsync(id, DeskHtml.Notice("พิมพ์ข้อความตอบกลับก่อนส่ง", "Type the reply before sending it.", "error"), StatusCodes.Status400BadRequest);
            }
            var signature = OfficerReplySignature.Sign(_session.Keys!.SigningKey, id, replyId, message);
            await _session.Api.ReplyAsync(id, message, replyId, signature);
            return SeeOther($"/complaints/{Uri.EscapeDataString(id)}?done=reply");
        }));

        app.MapGet("/statistics", (string? fiscal_year) => Unlocked(async () =>
        {
            if (fiscal_year is null)
            {
                return Page("สถิติเรื่องร้องเรียน", "Complaint statistics", StatisticsPage.Form(CurrentFiscalYear(), null));
            }
            if (ParseYear(fiscal_year) is not { } year)
            {
                return Page("สถิติเรื่องร้องเรียน", "Complaint statistics",
                    StatisticsPage.Form(CurrentFiscalYear(), $"ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569 / The fiscal year is a Buddhist Era year such as 2569, not '{fiscal_year}'."), status: StatusCodes.Status400BadRequest);
            }
            if (await FiscalYearStatistics.CountAsync(_session.Api, year) is not { } statistics)
            {
                var start = BangkokDate.Format(FiscalCalendar.Thai.FiscalYear(year).Start);
                return Page("สถิติเรื่องร้องเรียน", "Complaint statistics",
                    StatisticsPage.Form(year, $"ปีงบประมาณ {year} เริ่ม {start} ยังไม่มีอะไรให้นับ / Fiscal year {year} starts on {start}; there is nothing to count yet."));
            }
            return Page("สถิติเรื่องร้องเรียน", "Complaint statistics", StatisticsPage.Render(year, statistics));
        }));
        app.MapGet("/statistics/complaint-statistics.yml", (string? fiscal_year) => Unlocked(async () =>
        {
            if (ParseYear(fiscal_year) is not { } year)
            {
                return Results.BadRequest();
            }
            if (await FiscalYearStatistics.CountAsync(_session.Api, year) is not { } statistics)
            {
                return Results.NotFound();
            }
            var yaml = StatisticsYaml.Write(year, statistics);
            return Results.File(Encoding.UTF8.GetBytes(yaml), "application/yaml; charset=utf-8", "complaint-statistics.yml");
        }));

        app.MapGet("/purge", () => Unlocked(async () =>
            Page("ลบเรื่องที่พ้นระยะเวลาเก็บ", "Retention purge", PurgePage.Preview(await _session.Api.PurgePreviewAsync(), Csrf))));
        app.MapPost("/purge", () => Unlocked(async () =>
        {
            var done = PurgePage.Done(await _session.Api.PurgeAsync());
            return Page("ลบเรื่องที่พ้นระยะเวลาเก็บ", "Retention purge", done + PurgePage.Preview(await _session.Api.PurgePreviewAsync(), Csrf));
        }));

        app.MapGet("/rewrap", () => Unlocked(() => Task.FromResult(Page("เพิ่มเจ้าหน้าที่ให้อ่านเรื่องเก่า", "Give a new officer access", RewrapPage.Form(Csrf, null)))));
        app.MapPost("/rewrap", (HttpRequest request) => Unlocked(async () =>
        {
            var form = await request.ReadFormAsync();
            byte[] key;
            try
            {
                key = Rewrapper.ReadOfficerKey(form["officer_key"].ToString());
            }
            catch (ArgumentException e)
            {
                return Page("เพิ่มเจ้าหน้าที่ให้อ่านเรื่องเก่า", "Give a new officer access", RewrapPage.Form(Csrf, e.Message), status: StatusCodes.Status400BadRequest);
            }
            var dryRun = form["mode"].ToString() != "store";
            var counts = await Rewrapper.RunAsync(_session.Api, _session.Keys!, key, dryRun);
            return Page("เพิ่มเจ้าหน้าที่ให้อ่านเรื่องเก่า", "Give a new officer access", RewrapPage.Done(counts, dryRun, Csrf));
        }));
    }

    private async Task<IResult> ReportAsync(string id, string? notice, int status = StatusCodes.Status200OK)
    {
        var report = ReportOpener.Open(await _session.Api.GetComplaintAsync(id), _session.Keys!);
        _session.Seen.MarkSeen(report.Id);
        return Page("เรื่องร้องเรียน", "Report", ReportPage.Render(report, Csrf, notice), status: status);
    }

    /// <summary>Runs a page that needs the keys; sends to the unlock form while locked, and shows intake errors as a page.</summary>
    private async Task<IResult> Unlocked(Func<Task<IResult>> page)
    {
        if (_session.Keys is null)
        {
            return SeeOther("/unlock");
        }
        _session.Touch();
        try
        {
            return await page();
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or JsonException or TaskCanceledException)
        {
            return Page("ติดต่อระบบรับเรื่องไม่สำเร็จ", "The intake did not answer as expected",
                $"<p>{DeskHtml.Both("ไม่ได้บันทึกอะไรจากคำขอนี้ ลองอีกครั้ง หากยังไม่ได้ แจ้งผู้ดูแลระบบพร้อมข้อความด้านล่าง", "Nothing from this request was stored. Try again; if it keeps failing, tell the administrator what is shown below.")}</p><pre>{DeskHtml.Encode(e.Message)}</pre>",
                status: StatusCodes.Status502BadGateway);
        }
    }

    private IResult Page(string th, string en, string main, bool unlocked = true, int status = StatusCodes.Status200OK) =>
        Results.Content(DeskHtml.Page(th, en, main, Csrf, unlocked), "text/html; charset=utf-8", Encoding.UTF8, status);

    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private static string? DoneNotice(string? done) => done switch
    {
        "status" => DeskHtml.Notice("บันทึกสถานะแล้ว ผู้แจ้งจะเห็นสถานะใหม่เมื่อตรวจสอบ", "Status saved; the reporter sees it on their next check."),
        "reply" => DeskHtml.Notice("ส่งคำตอบแล้ว ลงลายมือชื่อดิจิทัลด้วยกุญแจของท่าน", "Reply sent, signed with your key."),
        _ => null,
    };

    private static int CurrentFiscalYear() => FiscalCalendar.Thai.YearOf(BangkokDate.TodayDate(TimeProvider.System));

    private static int? ParseYear(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2500 and <= 2700 ? year : null;

    /// <summary>303 See Other: after a form post the browser fetches the next page with GET (no resend on reload).</summary>
    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }

    /// <summary>A decrypted file as a download; its bytes are zeroed once written to the response.</summary>
    private sealed class AttachmentResult(byte[] content, string mediaType, string name) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            try
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = mediaType;
                context.Response.ContentLength = content.Length;
                context.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
                {
                    FileNameStar = name,
                    FileName = Ascii(name),
                }.ToString();
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.Body.WriteAsync(content);
            }
            finally
            {
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(content);
            }
        }

        /// <summary>The ASCII fallback name for old browsers (the UTF-8 one is in filename*).</summary>
        private static string Ascii(string name)
        {
            var ascii = new string(name.Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c : '_').ToArray());
            return ascii.Trim('_').Length == 0 ? "file" : ascii;
        }
    }
}
