using System.Net;
using System.Text.RegularExpressions;
using IntegritySite.LocalHost;
using Microsoft.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// Issue 7: the complaint officer does the whole job in the desk, in a browser, without a terminal. A report sent
/// through the site's form is read in the desk after unlocking with the passphrase, answered there, and the answer
/// reaches the reporter's status page; a second officer's key reads the same report; a wrong passphrase fails
/// cleanly; the desk asks nothing of another origin and serves nobody without its one-time link.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class OfficerDeskTests(SiteFixture site) : IDisposable
{
    private const string Passphrase = "ต้นมะม่วงหน้าเทศบาลออกลูกดก 2569";
    private const string What = "เจ้าหน้าที่เรียกเงิน 3,000 บาท เพื่อเร่งออกใบอนุญาตประกอบกิจการ";
    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-desk-").FullName;

    [Fact]
    public async Task A_report_from_the_site_is_read_and_answered_in_the_desk_and_a_second_officer_reads_it_too()
    {
        // The municipality has two officers: the legal officer (serve's local keys) and the deputy permanent secretary.
        var state = Path.Combine(_root, "state");
        var settings = LocalOfficerSetup.Ensure(state);
        var deputyKeys = Path.Combine(_root, "deputy");
        var printed = await OfficerProcess.RunAsync(Passphrase, "keygen", deputyKeys);
        AddToServerList(settings, LocalOfficerSetup.PublicKeyFile, Setting(printed, "Intake__OfficerPublicKeys"));
        AddToServerList(settings, LocalOfficerSetup.VerifyKeyFile, Setting(printed, "Intake__OfficerVerifyKeys"));
        AddToServerList(settings, LocalOfficerSetup.ApiKeyHashFile, Setting(printed, "Intake__OfficerApiKeyHash"));
        await using var serve = await ServeProcess.StartAsync(Path.Combine(SiteFixture.RepoRoot, "input"), Path.Combine(_root, "output"), state, "sqlite");

        var receipt = await ReportAsync(serve.Url);

        // serve made the legal officer's keys as plain files; the officer protects them once, as the README says.
        await OfficerProcess.RunAsync(Passphrase, "protect-key", settings.OfficerPrivateKeyPath);
        await OfficerProcess.RunAsync(Passphrase, "protect-key", settings.OfficerSigningKeyPath);
        await using (var desk = await DeskProcess.StartAsync(settings.OfficerDirectory, serve.Url))
        {
            var (page, requests) = await OpenDeskAsync(desk);
            await KeepAsync(page, "unlock");
            await page.GetByLabel("รหัสผ่านของกุญแจ").FillAsync("ไม่ใช่รหัสผ่านที่ถูกต้องเลย");
            var wrong = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "ปลดล็อกกุญแจ" }).ClickAsync(), r => r.Url.EndsWith("/unlock"));
            Assert.Equal(400, wrong.Status);
            Assert.Contains("รหัสผ่านไม่ถูกต้อง", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
            Assert.Contains("Wrong passphrase", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
            await KeepAsync(page, "unlock-wrong");

            await UnlockAsync(page);
            var inbox = await page.Locator("main").InnerTextAsync();
            Assert.Contains("การเรียกรับสินบน", inbox);
            Assert.Contains("ใหม่", inbox);
            // serve read input/holidays: the 7-working-day day to ask for missing facts, an estimate while the list is unchecked.
            Assert.Contains("ขอข้อมูลเพิ่มภายใน", inbox);
            Assert.Contains("estimate: holiday list incomplete", inbox);
            await AccessibilityTests.AssertNoViolationsAsync(page);
            await KeepAsync(page, "inbox");

            await page.GetByRole(AriaRole.Link, new() { Name = "เปิดอ่าน" }).First.ClickAsync();
            var report = await page.Locator("dl.facts").InnerTextAsync();
            Assert.Contains(What, report);
            Assert.Contains("กองคลัง", report);
            await AccessibilityTests.AssertNoViolationsAsync(page);
            await KeepAsync(page, "report");

            await page.GetByLabel("ข้อความตอบกลับ").FillAsync("ได้รับเรื่องแล้ว อยู่ระหว่างตรวจสอบข้อเท็จจริง");
            await page.GetByRole(AriaRole.Button, new() { Name = "ลงลายมือชื่อดิจิทัลและส่งคำตอบ" }).ClickAsync();
            Assert.Contains("ส่งคำตอบแล้ว", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await page.GetByLabel("สถานะที่ผู้แจ้งจะเห็น").SelectOptionAsync("in-progress");
            await page.GetByRole(AriaRole.Button, new() { Name = "บันทึกสถานะ" }).ClickAsync();
            Assert.Contains("บันทึกสถานะแล้ว", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await KeepAsync(page, "report-answered");
            foreach (var (path, name) in new[] { ("/statistics?fiscal_year=2570", "statistics"), ("/purge", "purge"), ("/rewrap", "rewrap") })
            {
                await page.GotoAsync(path);
                await AccessibilityTests.AssertNoViolationsAsync(page);
                await KeepAsync(page, name);
            }
            var invalid = await NuHtmlChecker.ErrorsAsync(_pages);
            Assert.True(invalid.Count == 0, string.Join("\n", invalid));

            // Back in the inbox the report is no longer new.
            await page.GotoAsync("/");
            Assert.DoesNotContain("ใหม่", await page.Locator("tbody").InnerTextAsync());
            Assert.All(requests, url => Assert.StartsWith(desk.Origin + "/", url));
            Assert.NotEmpty(requests);
            await page.Context.CloseAsync();
        }

        // Decrypted only in the desk's memory: no file anywhere under this run (store, keys, seen-list) holds the text.
        var utf8 = System.Text.Encoding.UTF8.GetBytes(What);
        Assert.All(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories), file => Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(utf8) < 0, file));

        // The reporter checks with the receipt: the officer's signed answer is there.
        var reporter = await site.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = serve.Url, JavaScriptEnabled = false });
        await reporter.GotoAsync("/check-report/");
        await reporter.GetByLabel("รหัสติดตามเรื่อง").FillAsync(receipt);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "ดูสถานะเรื่อง" }).ClickAsync();
        var status = await reporter.Locator("main").InnerTextAsync();
        Assert.Contains("ได้รับเรื่องแล้ว อยู่ระหว่างตรวจสอบข้อเท็จจริง", status);
        Assert.Contains("อยู่ระหว่างดำเนินการ", status);
        await reporter.Context.CloseAsync();

        // The deputy's own keys (and own API key) read the same report.
        await using (var deputyDesk = await DeskProcess.StartAsync(deputyKeys, serve.Url))
        {
            var (page, _) = await OpenDeskAsync(deputyDesk);
            await UnlockAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "เปิดอ่าน" }).First.ClickAsync();
            Assert.Contains(What, await page.Locator("dl.facts").InnerTextAsync());
            Assert.Contains("ได้รับเรื่องแล้ว อยู่ระหว่างตรวจสอบข้อเท็จจริง", await page.Locator(".thread").InnerTextAsync());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_desk_serves_nobody_without_its_one_time_link_and_only_under_its_own_host_name()
    {
        var state = Path.Combine(_root, "state");
        var settings = LocalOfficerSetup.Ensure(state);
        await using var desk = await DeskProcess.StartAsync(settings.OfficerDirectory, "http://127.0.0.1:9");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(desk.Origin + "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(desk.Origin + "/?token=guessed")).StatusCode);
        using var rebound = new HttpRequestMessage(HttpMethod.Get, desk.StartUrl);
        rebound.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(rebound)).StatusCode);

        var first = await http.GetAsync(desk.StartUrl);
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(desk.StartUrl)).StatusCode); // used once

        // With the session but without the form token (another program's page on 127.0.0.1 is "same-site").
        using var forged = new HttpRequestMessage(HttpMethod.Post, desk.Origin + "/unlock") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["passphrase"] = Passphrase }) };
        forged.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(forged)).StatusCode);
        using var withSession = new HttpRequestMessage(HttpMethod.Get, desk.Origin + "/unlock");
        withSession.Headers.Add("Cookie", cookie.Split(';')[0]);
        var unlockPage = await http.SendAsync(withSession);
        Assert.Equal(HttpStatusCode.OK, unlockPage.StatusCode);
        Assert.Equal("no-store", unlockPage.Headers.CacheControl?.ToString());
        Assert.Contains("default-src 'none'", unlockPage.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Keys_left_unused_are_locked_and_the_passphrase_is_asked_again()
    {
        var settings = LocalOfficerSetup.Ensure(Path.Combine(_root, "state"));
        await OfficerProcess.RunAsync(Passphrase, "protect-key", settings.OfficerPrivateKeyPath);
        await OfficerProcess.RunAsync(Passphrase, "protect-key", settings.OfficerSigningKeyPath);
        await using var desk = await DeskProcess.StartAsync(settings.OfficerDirectory, "http://127.0.0.1:9", executable: null, "--lock-after", "00:00:02");
        var (page, _) = await OpenDeskAsync(desk);
        await page.GetByLabel("รหัสผ่านของกุญแจ").FillAsync(Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "ปลดล็อกกุญแจ" }).ClickAsync();
        await page.GotoAsync("/rewrap");
        Assert.EndsWith("/rewrap", page.Url);

        await Task.Delay(TimeSpan.FromSeconds(3.5));
        await page.GotoAsync("/rewrap");

        Assert.EndsWith("/unlock", page.Url);
        Assert.Contains("ล็อกกุญแจแล้วเพราะไม่ได้ใช้งานนาน", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await page.Context.CloseAsync();
    }

    private readonly List<string> _pages = [];
    private readonly string _kept = Directory.CreateTempSubdirectory("integritysite-desk-pages-").FullName;

    /// <summary>Keeps the page's HTML as served, for the Nu HTML Checker.</summary>
    private async Task KeepAsync(IPage page, string name)
    {
        // Outside _root: that folder is searched for decrypted text, and these copies are the test's own.
        var file = Path.Combine(_kept, $"desk-{name}.html");
        await File.WriteAllTextAsync(file, await page.ContentAsync());
        _pages.Add(file);
    }

    private async Task<(IPage Page, List<string> Requests)> OpenDeskAsync(DeskProcess desk)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = desk.Origin,
            // The desk has no script at all; JavaScript is on only so that axe can run in the page.
            JavaScriptEnabled = true,
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "th-TH",
        });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(desk.StartUrl);
        Assert.EndsWith("/unlock", page.Url);
        return (page, requests);
    }

    private static async Task UnlockAsync(IPage page)
    {
        await page.GetByLabel("รหัสผ่านของกุญแจ").FillAsync(Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "ปลดล็อกกุญแจ" }).ClickAsync();
        Assert.Equal("กล่องเรื่องร้องเรียน Inbox", (await page.Locator("h1").InnerTextAsync()).Replace("\n", " ").Trim());
    }

    /// <summary>The citizen's side: the site's own form, JavaScript off; returns the receipt.</summary>
    private async Task<string> ReportAsync(string url)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = url, JavaScriptEnabled = false });
        await page.GotoAsync("/report-corruption/");
        await page.GetByLabel("การเรียกรับสินบน").CheckAsync();
        await page.GetByLabel("เกิดอะไรขึ้น").FillAsync(What);
        await page.Locator("#where").FillAsync("กองคลัง");
        await page.GetByLabel("ท่านทราบเรื่องนี้ได้อย่างไร").FillAsync("ถูกเรียกเงินด้วยตนเอง");
        await page.GetByRole(AriaRole.Button, new() { Name = "ถัดไป: ตรวจทานก่อนส่ง" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }).ClickAsync();
        var receipt = ReceiptShape().Match(await page.Locator("body").InnerTextAsync());
        Assert.True(receipt.Success, "no receipt");
        await page.Context.CloseAsync();
        return receipt.Value.Replace(" ", "").Replace("-", "");
    }

    /// <summary>An officer added by the administrator: one more line in the server's list (see functions/README.md).</summary>
    private static void AddToServerList(LocalIntakeSettings settings, string file, string value) =>
        File.AppendAllText(Path.Combine(settings.IntakeDirectory, file), value + "\n");

    private static string Setting(string keygenOutput, string name) =>
        Regex.Match(keygenOutput, $@"^{Regex.Escape(name)}\s*=\s*(\S+)\s*$", RegexOptions.Multiline) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException($"keygen printed no {name}:\n{keygenOutput}");

    [GeneratedRegex(@"\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}")]
    private static partial Regex ReceiptShape();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_kept, recursive: true);
    }
}
