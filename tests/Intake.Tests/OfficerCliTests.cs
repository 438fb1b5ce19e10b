using System.Diagnostics;
using IntegritySite.Intake.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class OfficerCliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Officer_tool_lists_replies_and_decrypts_on_the_officer_machine()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();
        await host.StatusAsync(receipt, "ข้อความเพิ่มเติมจากผู้แจ้ง");
        var id = host.IdOf(receipt);

        var inbox = await RunAsync(host, ["inbox"]);
        Assert.Contains(id, inbox);
        Assert.Contains("bribery", inbox);

        await ProtectKeysAsync(host);
        await RunAsync(host, ["reply", id, host.Settings.OfficerSigningKeyPath], stdin: "ขอบคุณ กำลังตรวจสอบ\n");
        await RunAsync(host, ["status", id, "in-progress"]);
        var read = await RunAsync(host, ["read", id, host.Settings.OfficerPrivateKeyPath]);
        Assert.Contains(Samples.What, read);
        Assert.Contains(Samples.HowKnown, read);
        Assert.Contains("ข้อความเพิ่มเติมจากผู้แจ้ง", read);
        Assert.Contains("ขอบคุณ กำลังตรวจสอบ", read);
        Assert.Contains("in-progress", read);
        Assert.Equal("ขอบคุณ กำลังตรวจสอบ", (await host.StatusAsync(receipt)).GetProperty("replies")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Officer_tool_lists_a_reports_files_and_decrypts_one_to_the_file_asked_for()
    {
        await using var host = await IntakeTestHost.StartSqliteAsync();
        var response = await host.Client.SendAsync(AttachmentFlows.FormWithFiles(Samples.Complaint(AttachmentFlows.NewSubmissionId()),
            ("receipt-photo.jpg", EvidenceFiles.JpegWithGps(120, 90)), ("minutes.docx", EvidenceFiles.DocxWithAuthor())));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = Assert.Single(await host.Store.ListComplaintsAsync(default)).Id;

        await ProtectKeysAsync(host);
        var read = await RunAsync(host, ["read", id, host.Settings.OfficerPrivateKeyPath]);
        Assert.Contains("File 1: receipt-photo.jpg (image/jpeg", read);
        Assert.Contains("File 2: minutes.docx", read);

        var output = Path.Combine(Path.GetTempPath(), $"attachment-{Guid.NewGuid():N}.jpg");
        try
        {
            var wrote = await RunAsync(host, ["attachment", id, "1", host.Settings.OfficerPrivateKeyPath, "--out", output]);
            Assert.Contains("GPS position", wrote);
            using var image = new ImageMagick.MagickImage(output);
            Assert.Equal((120u, 90u), (image.Width, image.Height));
            Assert.Null(image.GetExifProfile());
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
            }
            // The file is never overwritten: the officer names a new one.
            var (again, _, refusal) = await RunRawAsync(host.Client.BaseAddress!.ToString(), host.Settings.OfficerApiKey, ["attachment", id, "1", host.Settings.OfficerPrivateKeyPath, "--out", output], stdin: null);
            Assert.NotEqual(0, again);
            Assert.Contains(output, refusal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Stats_for_a_fiscal_year_without_complaints_writes_the_data_file_the_site_reads()
    {
        // The end-to-end tests serve this file (their overlay) on the statistics page: it is exactly what the officer's
        // tool writes for FY 2564 on 31 March 2021.
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, new ManualClock(ManualClock.BangkokNoon(2021, 3, 31)));
        var file = Path.Combine(Path.GetTempPath(), $"stats-{Guid.NewGuid():N}.yml");
        try
        {
            await RunAsync(host, ["stats", "--fiscal-year", "2564", "--out", file]);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Find(), "tests", "EndToEnd.Tests", "Overlay", "data", "complaint-statistics.yml")), await File.ReadAllTextAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Stats_count_without_ids_and_the_inbox_flags_overdue_complaints()
    {
        var clock = new ManualClock(ManualClock.BangkokNoon(2020, 11, 20));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, clock);
        var receipt = await host.SubmitAsync();
        clock.Set(ManualClock.BangkokNoon(2020, 12, 7));

        var yaml = await RunAsync(host, ["stats", "--fiscal-year", "2564"]);
        Assert.Contains("as_of: 2020-12-07", yaml);
        Assert.Contains("  bribery: { received: 1, in_progress: 1, completed: 0 }", yaml);
        Assert.Contains("  - { month: 2020-11, received: 1, in_progress: 1, completed: 0 }", yaml);
        Assert.DoesNotContain("2021-01", yaml); // months stop at the as-of day
        Assert.DoesNotContain(host.IdOf(receipt), yaml);

        var inbox = await RunAsync(host, ["inbox"]);
        Assert.Contains("answer due 2020-12-05  OVERDUE", inbox);
    }

    [Fact]
    public async Task On_a_thai_locale_pc_the_tool_still_sends_gregorian_dates_to_the_api()
    {
        // A Thai Windows or Linux desktop formats dates in the Buddhist Era by default (2564-10-01 for 2020-10-01).
        var clock = new ManualClock(ManualClock.BangkokNoon(2020, 11, 20));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, clock);
        await host.SubmitAsync();

        var (exitCode, yaml, errors) = await RunRawAsync(host.Client.BaseAddress!.ToString(), host.Settings.OfficerApiKey, ["stats", "--fiscal-year", "2564"], stdin: null, locale: "th_TH.UTF-8");

        Assert.True(exitCode == 0, yaml + errors);
        Assert.Contains("as_of: 2020-11-20", yaml);
        Assert.Contains("  bribery: { received: 1,", yaml);
    }

    [Fact]
    public async Task Purge_prints_only_the_counts()
    {
        var clock = new ManualClock(ManualClock.BangkokNoon(2020, 1, 10));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, o => o.RetentionDays = 30, s => s.AddSingleton<TimeProvider>(clock));
        var closed = await host.SubmitAsync();
        await host.StatusAsync(closed, "ข้อมูลเพิ่มเติม");
        await host.SetStatusAsync(closed, "completed");
        var open = await host.SubmitAsync();
        clock.Set(ManualClock.BangkokNoon(2020, 3, 1));

        var output = await RunAsync(host, ["purge"]);

        Assert.Equal("complaints deleted: 1, stored entities deleted: 2", output.Trim());
        Assert.Equal(["r-" + host.IdOf(open)], (await host.DumpTableAsync()).Select(e => e.RowKey));
    }

    [Fact]
    public async Task A_reply_given_on_the_command_line_is_refused_and_not_sent()
    {
        // argv ends up in shell history and in the process list; the reply text must come from standard input.
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var receipt = await host.SubmitAsync();

        var (exitCode, _, stderr) = await RunRawAsync(host.Client.BaseAddress!.ToString(), host.Settings.OfficerApiKey, ["reply", host.IdOf(receipt), host.Settings.OfficerSigningKeyPath, "ข้อความตอบกลับ"], stdin: null);

        Assert.Equal(2, exitCode);
        Assert.Contains("standard input", stderr);
        Assert.DoesNotContain(await host.DumpTableAsync(), e => e.RowKey.StartsWith("m-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tool_refuses_plain_http_to_another_machine()
    {
        // The officer key and reply text would cross the network unencrypted.
        var (exitCode, _, stderr) = await RunRawAsync("http://intake.example.invalid", "key", ["inbox"], stdin: null);

        Assert.Equal(1, exitCode);
        Assert.Contains("https://", stderr);
    }

    [Fact]
    public async Task Content_moved_in_from_another_report_is_shown_to_the_officer_as_tampering()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var victim = host.IdOf(await host.SubmitAsync());
        var moved = host.IdOf(await host.SubmitAsync(Samples.Complaint(what: "ข้อความจากอีกเรื่องหนึ่ง")));
        var table = new Azure.Data.Tables.TableClient(host.Options.TableConnectionString, host.Options.TableName);
        var source = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>("intake", "r-" + moved)).Value;
        await table.UpdateEntityAsync(new Azure.Data.Tables.TableEntity("intake", "r-" + victim) { ["Content"] = source.GetBinary("Content") }, Azure.ETag.All);

        await ProtectKeysAsync(host);
        var read = await RunAsync(host, ["read", victim, host.Settings.OfficerPrivateKeyPath]);

        Assert.Contains("TAMPERED", read);
        Assert.DoesNotContain("ข้อความจากอีกเรื่องหนึ่ง", read);
    }

    [Fact]
    public async Task Bidirectional_controls_in_a_report_reach_the_officer_as_visible_markers()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        // U+202E would make the line read backwards on the officer's screen ("Trojan Source").
        var id = host.IdOf(await host.SubmitAsync(Samples.Complaint(what: "โอนเงิน \u202E000,05\u202C บาท")));

        await ProtectKeysAsync(host);
        var read = await RunAsync(host, ["read", id, host.Settings.OfficerPrivateKeyPath]);

        Assert.Contains("โอนเงิน ⟨U+202E⟩000,05⟨U+202C⟩ บาท", read);
        Assert.False(read.Contains('\u202E'), "a raw U+202E reached the screen");
    }

    [Fact]
    public async Task Keygen_refuses_a_short_passphrase_and_stores_no_key_in_the_clear()
    {
        var directory = Directory.CreateTempSubdirectory("officer-keygen-").FullName;
        try
        {
            var (refused, _, refusal) = await RunRawAsync("http://127.0.0.1:1", "key", ["keygen", Path.Combine(directory, "short")], stdin: null, passphrase: "สั้นไป");
            Assert.Equal(2, refused);
            Assert.Contains("at least 12 characters", refusal);
            Assert.False(Directory.Exists(Path.Combine(directory, "short")));

            var (made, stdout, _) = await RunRawAsync("http://127.0.0.1:1", "key", ["keygen", Path.Combine(directory, "keys")], stdin: null);
            Assert.Equal(0, made);
            var file = File.ReadAllText(Path.Combine(directory, "keys", "officer-private.key"));
            var key = Crypto.PassphraseProtectedKey.Unprotect(file, Passphrase, "officer-private");
            Assert.Equal(32, key.Length);
            Assert.DoesNotContain(Convert.ToBase64String(key), file);
            Assert.DoesNotContain(Convert.ToHexString(key), file, StringComparison.OrdinalIgnoreCase);
            Assert.False(File.ReadAllBytes(Path.Combine(directory, "keys", "officer-private.key")).AsSpan().IndexOf(key) >= 0);
            // What keygen prints is for the function app's settings: public values and hashes only.
            Assert.DoesNotContain(Convert.ToBase64String(key), stdout);
            Assert.Contains("Intake__OfficerVerifyKeys", stdout);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_plain_key_file_is_refused_until_protected_and_a_wrong_passphrase_opens_nothing()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var id = host.IdOf(await host.SubmitAsync());

        var (plainExit, _, plainError) = await RunRawAsync(host.Client.BaseAddress!.ToString(), host.Settings.OfficerApiKey, ["read", id, host.Settings.OfficerPrivateKeyPath], stdin: null);
        Assert.Equal(1, plainExit);
        Assert.Contains("officer protect-key", plainError);

        await ProtectKeysAsync(host);
        Assert.True(Crypto.PassphraseProtectedKey.IsProtected(File.ReadAllText(host.Settings.OfficerPrivateKeyPath)));
        var (wrongExit, wrongOut, wrongError) = await RunRawAsync(host.Client.BaseAddress!.ToString(), host.Settings.OfficerApiKey, ["read", id, host.Settings.OfficerPrivateKeyPath], stdin: null, passphrase: "ไม่ใช่รหัสผ่านที่ถูกต้องเลย");
        Assert.Equal(1, wrongExit);
        Assert.Contains("รหัสผ่านไม่ถูกต้อง", wrongError);
        Assert.Contains("Wrong passphrase", wrongError);
        Assert.DoesNotContain(Samples.What, wrongOut);

        Assert.Contains(Samples.What, await RunAsync(host, ["read", id, host.Settings.OfficerPrivateKeyPath]));
    }

    [Fact]
    public async Task Rewrap_gives_a_newly_added_officer_the_reports_received_before_its_key_and_is_safe_to_run_again()
    {
        var state = Directory.CreateTempSubdirectory("officer-rewrap-").FullName;
        var deputy = Crypto.X25519KeyPair.Generate();
        try
        {
            string id;
            await using (var before = await IntakeTestHost.StartSqliteInAsync(state))
            {
                var receipt = await before.SubmitAsync();
                await before.StatusAsync(receipt, "ข้อมูลเพิ่มเติมก่อนเพิ่มรองปลัด");
                id = before.IdOf(receipt);
            }
            // The administrator adds the deputy's public key; the intake restarts with it.
            var deputyKey = Convert.ToBase64String(deputy.PublicKey);
            await using var host = await IntakeTestHost.StartSqliteInAsync(state, o => o.OfficerPublicKeys += "," + deputyKey);
            var complaint = (await host.Store.FindComplaintAsync(id, CancellationToken.None))!;
            Assert.Null(Crypto.OfficerSeal.Open(complaint.Content, deputy.PublicKey, deputy.PrivateKey));

            var firstOfficer = (host.OfficerPublicKey, host.OfficerPrivateKey);
            await ProtectKeysAsync(host);
            Assert.Contains("dry run, nothing stored: complaints 1, re-sealed 2,", await RunAsync(host, ["rewrap", deputyKey, host.Settings.OfficerDirectory, "--dry-run"]));
            Assert.Null(Crypto.OfficerSeal.Open((await host.Store.FindComplaintAsync(id, CancellationToken.None))!.Content, deputy.PublicKey, deputy.PrivateKey));

            Assert.Contains("complaints 1, re-sealed 2, already readable 0, not readable by you 0, failed 0", await RunAsync(host, ["rewrap", deputyKey, host.Settings.OfficerDirectory]));
            var content = (await host.Store.FindComplaintAsync(id, CancellationToken.None))!.Content;
            Assert.Equal(Samples.What, Crypto.SealedEnvelope.Open(Crypto.OfficerSeal.Open(content, deputy.PublicKey, deputy.PrivateKey), id, category: "bribery")!.Body.GetProperty("what").GetString());
            var message = Assert.Single(await host.Store.ListMessagesAsync(id, CancellationToken.None)).Message;
            Assert.Equal("ข้อมูลเพิ่มเติมก่อนเพิ่มรองปลัด", Crypto.SealedEnvelope.Open(Crypto.OfficerSeal.Open(message.ForOfficer, deputy.PublicKey, deputy.PrivateKey), id, messageKey: message.Key)!.Body.GetString());
            // The first officer still reads it; a second run finds everything done.
            Assert.NotNull(Crypto.SealedEnvelope.Open(Crypto.OfficerSeal.Open(content, firstOfficer.OfficerPublicKey, firstOfficer.OfficerPrivateKey), id, category: "bribery"));
            Assert.Contains("re-sealed 0, already readable 2", await RunAsync(host, ["rewrap", deputyKey, host.Settings.OfficerDirectory]));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }

    [Fact]
    public async Task Purge_dry_run_shows_the_counts_and_deletes_nothing()
    {
        var clock = new ManualClock(ManualClock.BangkokNoon(2020, 1, 10));
        await using var host = await IntakeTestHost.StartAsync(azurite.Server, o => o.RetentionDays = 30, s => s.AddSingleton<TimeProvider>(clock));
        var closed = await host.SubmitAsync();
        await host.SetStatusAsync(closed, "completed");
        await host.SubmitAsync();
        clock.Set(ManualClock.BangkokNoon(2020, 3, 1));

        var output = await RunAsync(host, ["purge", "--dry-run"]);

        Assert.Equal("dry run, nothing deleted: complaints due 1, retry records due 0 (retention 30 days)", output.Trim());
        Assert.Equal(2, (await host.DumpTableAsync()).Count);
    }

    private const string Passphrase = "ต้นมะม่วงหน้าเทศบาลออกลูกดก 2569";

    /// <summary>serve's local keys are plain files; the officer protects them once, as the README says.</summary>
    private static async Task ProtectKeysAsync(IntakeTestHost host)
    {
        foreach (var file in new[] { host.Settings.OfficerPrivateKeyPath, host.Settings.OfficerSigningKeyPath })
        {
            await RunAsync(host, ["protect-key", file]);
        }
    }

    private static async Task<string> RunAsync(IntakeTestHost host, string[] args, string? stdin = null)
    {
        var (exitCode, stdout, stderr) = await RunRawAsync(host.Client.BaseAddress!.ToString(), host.Settings.OfficerApiKey, args, stdin);
        Assert.True(exitCode == 0, stdout + stderr);
        return stdout;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunRawAsync(string url, string apiKey, string[] args, string? stdin, string passphrase = Passphrase,
        string? locale = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = RepoRoot.Find(),
        };
        // The tool as built with the solution (as the officer runs it); `dotnet run` only when it is not built.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var built = Path.Combine(RepoRoot.Find(), "functions", "Officer", "bin", configuration, "net10.0", "officer.dll");
        string[] command = File.Exists(built) ? [built] : ["run", "--project", "functions/Officer", "--"];
        foreach (var arg in command.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["INTAKE_URL"] = url;
        start.Environment["OFFICER_API_KEY"] = apiKey;
        start.Environment["OFFICER_PASSPHRASE"] = passphrase;
        if (locale is not null)
        {
            start.Environment["LANG"] = locale;
            start.Environment["LC_ALL"] = locale;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await using (var input = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
        {
            await input.WriteAsync(stdin ?? "");
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
