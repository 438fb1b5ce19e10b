using System.Diagnostics;
using System.Text.Json;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

/// <summary>Every page a form post can get back passes the Nu HTML Checker (vnu-jar from the root package.json).</summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public async Task Receipt_status_error_and_unavailable_pages_are_valid_html5()
    {
        var receipt = ReceiptCode.Generate();
        var pages = new Dictionary<string, string>();
        // Every page in both languages: the intake answers in the language of the page the reporter came from.
        foreach (var language in Enum.GetValues<Language>())
        {
            var l = language.Code();
            pages[$"receipt.{l}.html"] = await IntakePages.ReceiptAsync(receipt, new DateOnly(2026, 3, 25), language);
            pages[$"status.{l}.html"] = await IntakePages.StatusAsync(new StatusView("in-progress", new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 27),
                [new ReplyView(new DateOnly(2026, 3, 26), "ได้รับเรื่องแล้ว\nกำลังตรวจสอบ <เอกสาร> & หลักฐาน")], UnverifiedReplies: 1, [new DateOnly(2026, 3, 27)], MessageStored: true), receipt, language);
            pages[$"status-empty.{l}.html"] = await IntakePages.StatusAsync(new StatusView("received", new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 25), [], 0, [], false), receipt, language);
            pages[$"error.{l}.html"] = await IntakePages.ErrorAsync(400, [FieldError.For("what", Messages.Required("what")), FieldError.For("who", Messages.WhoWhenWhere), FieldError.For(null, Messages.TooManyRequests)], language);
            pages[$"not-found.{l}.html"] = await IntakePages.ErrorAsync(404, [FieldError.For("receipt", Messages.ReceiptNotFound)], language);
            pages[$"unavailable.{l}.html"] = await IntakePages.UnavailableAsync(language);
            pages[$"unconfirmed.{l}.html"] = await IntakePages.UnconfirmedAsync(language);
            pages[$"check.{l}.html"] = await IntakePages.CheckAsync(ValidSubmission(), "0123456789abcdef0123456789abcdef", language);
            pages[$"check-store-down.{l}.html"] = await IntakePages.CheckAsync(ValidSubmission(), "0123456789abcdef0123456789abcdef", language, Messages.StoreUnavailable);
            // Evidence files: the Send form's file inputs, refused files, the receipt's and the status page's lists of what was removed.
            var offer = new AttachmentOffer(AttachmentLimits.DefaultMaxFiles, AttachmentLimits.DefaultMaxFileBytes, AttachmentLimits.DefaultMaxTotalBytes);
            IReadOnlyList<IntegritySite.Intake.Crypto.AttachmentEntry> files =
            [
                new("0123456789abcdef0123456789abcdef", new byte[32], "สลิป <โอนเงิน> & \"photo\".jpg", "jpeg", "image/jpeg", 1234,
                    [IntegritySite.Intake.Attachments.RemovedItems.Exif, IntegritySite.Intake.Attachments.RemovedItems.Gps]),
                new("fedcba9876543210fedcba9876543210", new byte[32], "minutes.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 999,
                    [IntegritySite.Intake.Attachments.RemovedItems.OfficeCore]),
            ];
            pages[$"check-files.{l}.html"] = await IntakePages.CheckAsync(ValidSubmission(), "0123456789abcdef0123456789abcdef", language, offer: offer,
                fileErrors: [FieldError.For("attachment", Messages.FileRefused(2, "setup.exe", IntegritySite.Intake.Attachments.MetadataCleaner.NotAccepted))]);
            pages[$"receipt-files.{l}.html"] = await IntakePages.ReceiptAsync(receipt, new DateOnly(2026, 3, 25), language, files);
            pages[$"status-files.{l}.html"] = await IntakePages.StatusAsync(new StatusView("received", new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 27), [], 0,
                [new DateOnly(2026, 3, 27)], MessageStored: true, FilesStored: files), receipt, language, offer);
            pages[$"check-errors.{l}.html"] = await IntakePages.CheckErrorsAsync(
                new IntegritySite.Intake.Input.FieldSet(new Dictionary<string, string> { ["category"] = "bribery", ["what"] = "เรียกรับเงิน <b>\"ค่าน้ำชา\"</b>" }),
                [FieldError.For("who", Messages.WhoWhenWhere), FieldError.For("how_known", Messages.Required("how_known")), FieldError.For(null, Messages.FactsTooLarge)], language);
        }
        var directory = Directory.CreateTempSubdirectory("intake-html-").FullName;
        try
        {
            foreach (var (name, html) in pages)
            {
                await File.WriteAllTextAsync(Path.Combine(directory, name), html);
            }
            var messages = await RunValidatorAsync(pages.Keys.Select(name => Path.Combine(directory, name)));
            Assert.Empty(messages);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<List<string>> RunValidatorAsync(IEnumerable<string> files)
    {
        var jar = Path.Combine(RepoRoot.Find(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci` at the repository root.");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", jar, "--format", "json", "--also-check-css" }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("type").GetString()} {m.GetProperty("url").GetString()}: {m.GetProperty("message").GetString()}")
            .ToList();
    }

    private static IntegritySite.Intake.Input.ComplaintSubmission ValidSubmission() =>
        IntegritySite.Intake.Input.ComplaintValidator.Validate(new IntegritySite.Intake.Input.FieldSet(Samples.Complaint())).Submission!;
}
