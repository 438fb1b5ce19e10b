using IntegritySite.Site.Outputs.Editor;
using IntegritySite.Site.Publishing;
using IntegritySite.Site.Serve;
using Microsoft.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// The staff editor as staff use it on their own machine: the built site's /admin/ (Decap CMS from our own output)
/// against decap-server on a copy of input/; a measure's status changed and a history entry added through the form,
/// saved, and the files that result pass `check`.
/// </summary>
public sealed class StaffEditorTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-editor-").FullName;
    private SiteHost? _host;
    private DecapServer? _decap;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly StringWriter _log = new();

    /// <summary>The repository decap-server works on (input/ only: the built site lies outside it).</summary>
    private string Repository => Path.Combine(_root, "repo");

    private string Input => Path.Combine(Repository, "input");

    public async Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SiteFixture.RepoRoot, "input"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Input, Path.GetRelativePath(Path.Combine(SiteFixture.RepoRoot, "input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _host = await SiteHost.StartAsync(new SiteHostOptions
        {
            InputDirectory = Input,
            OutputDirectory = Path.Combine(_root, "output"),
            Port = 0,
            Watch = false,
            Search = false,
            RepoRoot = SiteFixture.RepoRoot,
        }, _log) ?? throw new InvalidOperationException("the copy of input/ did not build:\n" + _log);
        await GitAsync("init", "-q", "-b", "main");
        await GitAsync("add", "input");
        await GitAsync("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "content");
        _decap = await DecapServer.StartAsync(Repository);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [Fact]
    public async Task A_measures_status_and_a_new_history_entry_saved_in_the_editor_pass_check()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _host!.Url, Locale = "th-TH", ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");
        page.PageError += (_, e) => console.Add("pageerror: " + e);
        // Decap asks "publish this entry?" with the browser's confirm dialog: the staff member says yes.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 || r.Url.Contains("/api/v1", StringComparison.Ordinal))
            {
                var body = r.Request.PostData ?? "";
                console.Add($"{r.Status} {r.Url} {body[..Math.Min(body.Length, 160)]}");
            }
        };
        // The generated config points the proxy backend at decap-server's default port; this run's server has its own.
        await page.RouteAsync("**/admin/config.yml", async route =>
        {
            var response = await route.FetchAsync();
            var text = (await response.TextAsync()).Replace(DecapConfig.LocalServerUrl, _decap!.ApiUrl, StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = text });
        });

        var measure = Path.Combine(Input, "measures", "03-ita-awareness.th.md");
        var translation = Path.Combine(Input, "measures", "03-ita-awareness.en.md");
        var before = await File.ReadAllTextAsync(measure);
        try
        {
            await page.GotoAsync("/admin/");
            await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
            await page.GotoAsync("/admin/#/collections/measures/entries/03-ita-awareness");
            await Expect(Field(page, "สถานะ", 0));

            // The status, in the Thai form (the English file gets the same value: it must agree with the original).
            await ChooseAsync(page, Field(page, "สถานะ", 0), "อยู่ระหว่างดำเนินการ");
            // A history entry in each language: the Thai one, then its translation (check compares dates and statuses).
            await AddHistoryAsync(page, pane: 0, "เริ่มรอบปีงบประมาณ พ.ศ. 2565");
            await AddHistoryAsync(page, pane: 1, "Started again for fiscal year 2022");

            await page.GetByRole(AriaRole.Button, new() { Name = "บันทึก", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "สถานะ: ร่าง" }));
            // Saved as a change of its own (the editorial workflow: a pull request on GitHub, a branch here); the
            // published files are untouched until it is published.
            Assert.Contains("cms/measures/03-ita-awareness", await GitAsync("branch", "--list"));
            Assert.Equal(before, await File.ReadAllTextAsync(measure));

            await page.GetByRole(AriaRole.Button, new() { Name = "สถานะ: ร่าง" }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "พร้อม" }).ClickAsync();
            // Publish only once the new status is stored (under load the click came first and publishing never started).
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "สถานะ: พร้อม" }));
            await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "เผยแพร่ตอนนี้" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่แล้ว", Exact = true }));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "staff-editor-failure.png"), FullPage = true });
            throw new Xunit.Sdk.XunitException($"{ex.Message}\nbrowser:\n{string.Join("\n", console)}\ndecap-server:\n{_decap!.Output}");
        }

        var after = await File.ReadAllTextAsync(measure);
        Assert.NotEqual(before, after);
        Assert.Contains("status: in-progress", after);
        Assert.Matches(@"- date: '?2021-10-01'?\s+status: in-progress\s+note: เริ่มรอบปีงบประมาณ พ.ศ. 2565", after);
        Assert.Contains("2021-03-25", after);
        Assert.Contains("status: in-progress", await File.ReadAllTextAsync(translation));
        Assert.Contains("Started again for fiscal year 2022", await File.ReadAllTextAsync(translation));

        // `check` on the files the editor wrote.
        var errors = new StringWriter();
        var result = await new BuildRunner(TextWriter.Null, errors, listWarnings: true).BuildAsync(Input);
        Assert.True(result is { Succeeded: true }, errors.ToString() + "\n" + after);
        var built = result!.Model!.Documents.OfType<Site.Model.Measure>().Single(m => m.Number == 3 && m.Language == Language.Th);
        Assert.Equal(Site.Model.MeasureStatus.InProgress, built.Status);
        Assert.Equal(new DateOnly(2021, 10, 1), built.History[^1].Date);
    }

    /// <summary>Waits for what the editor shows next; generous, as the CMS is a 6 MB application on a shared CI machine.</summary>
    private static Task Expect(ILocator locator) => locator.WaitForAsync(new() { Timeout = 60_000 });

    /// <summary>The control of the <paramref name="index"/>-th field labelled <paramref name="label"/> (the Thai form comes first).</summary>
    private static ILocator Field(IPage page, string label, int index) =>
        page.Locator("label").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(label)) }).Nth(index);

    private static async Task ChooseAsync(IPage page, ILocator label, string option)
    {
        var id = await label.GetAttributeAsync("for");
        var control = page.Locator($"[id='{id}']");
        await control.ClickAsync(new() { Force = true });
        await control.PressSequentiallyAsync(option);
        // The select's menu lists the matching option ("อยู่ระหว่างดำเนินการ (in-progress)"): pick it.
        var choice = page.GetByRole(AriaRole.Option).Filter(new() { HasText = option }).First;
        await Expect(choice);
        await choice.ClickAsync();
    }

    /// <summary>Adds a history entry in one language's form (0 Thai, 1 English), filling its date, status and note.</summary>
    private static async Task AddHistoryAsync(IPage page, int pane, string note)
    {
        var dates = page.Locator("label").Filter(new() { HasTextRegex = new("^วันที่") });
        var before = await dates.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม ประวัติการดำเนินงาน" }).Nth(pane).ClickAsync();
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('label')].filter(l => l.textContent.startsWith('วันที่')).length > {before}");
        // The Thai form comes first, each with the one entry the file had: the new Thai entry is the 2nd, the English the 4th.
        var newIndex = pane == 0 ? 1 : 3;
        var dateId = await dates.Nth(newIndex).GetAttributeAsync("for");
        await page.Locator($"[id='{dateId}']").FillAsync("2021-10-01");
        await ChooseAsync(page, Field(page, "สถานะ", pane == 0 ? 2 : 5), "อยู่ระหว่างดำเนินการ");
        var noteId = await Field(page, "บันทึก", newIndex).GetAttributeAsync("for");
        await page.Locator($"[id='{noteId}']").FillAsync(note);
    }

    private async Task<string> GitAsync(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var git = System.Diagnostics.Process.Start(start)!;
        var output = await git.StandardOutput.ReadToEndAsync() + await git.StandardError.ReadToEndAsync();
        await git.WaitForExitAsync();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {output}");
        return output;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_decap is not null)
        {
            await _decap.DisposeAsync();
        }
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Directory.Delete(_root, recursive: true);
    }
}
