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
        app.MapGet(DeskStyles.Path, () => Results.Text(DeskStyles.Css, "text/css; charset=utf-8"));
        app.MapGet("/unlock", async () => Html(await DeskPages.UnlockAsync(Csrf, _session.KeyDirectory, null, _session.LockedForIdle)));
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
                return Html(await DeskPages.UnlockAsync(Csrf, _session.KeyDirectory, e.Message, lockedForIdle: false), StatusCodes.Status400BadRequest);
            }
        });
        app.MapPost("/lock", () =>
        {
            _session.Lock();
            return SeeOther("/unlock");
        });

        app.MapGet("/", (string? done) => Unlocked(async () =>
            Html(await DeskPages.InboxAsync(await _session.Api.ListAsync(), _session.Seen.HasSeen, DoneNotice(done), Csrf))));
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
                return Html(await DeskPages.NoticeAsync(DeskWords.FileTamperedTitle, DeskNotice.Problem(DeskWords.FileTampered), Csrf), StatusCodes.Status502BadGateway);
            }
            return new AttachmentResult(content, entry.MediaType, entry.Name);
        }));
        app.MapPost("/complaints/{id}/status", (string id, HttpRequest request) => Unlocked(async () =>
        {
            var status = (await request.ReadFormAsync())["status"].ToString();
            if (!ComplaintStatus.IsKnown(status))
            {
                return await ReportAsync(id, DeskNotice.Problem(DeskWords.UnknownStatus), StatusCodes.Status400BadRequest);
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
                return await ReportAsync(id, DeskNotice.Problem(DeskWords.EmptyReply), StatusCodes.Status400BadRequest);
            }
            var signature = OfficerReplySignature.Sign(_session.Keys!.SigningKey, id, replyId, message);
            await _session.Api.ReplyAsync(id, message, replyId, signature);
            return SeeOther($"/complaints/{Uri.EscapeDataString(id)}?done=reply");
        }));

        app.MapGet("/statistics", (string? fiscal_year) => Unlocked(async () =>
        {
            if (fiscal_year is null)
            {
                return Html(await DeskPages.StatisticsAsync(CurrentFiscalYear(), null, null, Csrf));
            }
            if (ParseYear(fiscal_year) is not { } year)
            {
                return Html(await DeskPages.StatisticsAsync(CurrentFiscalYear(), null, DeskNotice.Problem(DeskWords.NotABuddhistEraYear(fiscal_year)), Csrf),
                    StatusCodes.Status400BadRequest);
            }
            if (await FiscalYearStatistics.CountAsync(_session.Api, year) is not { } statistics)
            {
                var start = BangkokDate.Format(FiscalCalendar.Thai.FiscalYear(year).Start);
                return Html(await DeskPages.StatisticsAsync(year, null, DeskNotice.Problem(DeskWords.NothingToCountYet(year, start)), Csrf));
            }
            return Html(await DeskPages.StatisticsAsync(year, statistics, null, Csrf));
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
            Html(await DeskPages.PurgeAsync(await _session.Api.PurgePreviewAsync(), null, Csrf))));
        app.MapPost("/purge", () => Unlocked(async () =>
        {
            var done = await _session.Api.PurgeAsync();
            return Html(await DeskPages.PurgeAsync(await _session.Api.PurgePreviewAsync(), done, Csrf));
        }));

        app.MapGet("/rewrap", () => Unlocked(async () => Html(await DeskPages.RewrapAsync(Csrf))));
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
                return Html(await DeskPages.RewrapAsync(Csrf, error: e.Message), StatusCodes.Status400BadRequest);
            }
            var dryRun = form["mode"].ToString() != "store";
            var counts = await Rewrapper.RunAsync(_session.Api, _session.Keys!, key, dryRun);
            return Html(await DeskPages.RewrapAsync(Csrf, counts: counts, dryRun: dryRun));
        }));
    }

    private async Task<IResult> ReportAsync(string id, DeskNotice? notice, int status = StatusCodes.Status200OK)
    {
        var report = ReportOpener.Open(await _session.Api.GetComplaintAsync(id), _session.Keys!);
        _session.Seen.MarkSeen(report.Id);
        return Html(await DeskPages.ReportAsync(report, notice, Csrf), status);
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
            return Html(await DeskPages.IntakeErrorAsync(e.Message, Csrf), StatusCodes.Status502BadGateway);
        }
    }

    private static IResult Html(string page, int status = StatusCodes.Status200OK) =>
        Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private static DeskNotice? DoneNotice(string? done) => done switch
    {
        "status" => DeskNotice.Done(DeskWords.StatusSaved),
        "reply" => DeskNotice.Done(DeskWords.ReplySent),
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
