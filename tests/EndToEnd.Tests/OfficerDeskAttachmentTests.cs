using ImageMagick;
using IntegritySite.LocalHost;
using Microsoft.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>
/// Issue 12: a reporter with JavaScript off attaches a phone photo (with its GPS position) and a PDF (with its author)
/// on the check page, sees on the receipt what was removed, and the officer downloads both from the desk, cleaned.
/// </summary>
public sealed partial class OfficerDeskTests
{
    private const string Author = "Somchai Jaidee";

    [Fact]
    public async Task Two_files_sent_without_javascript_are_listed_on_the_receipt_and_downloaded_clean_in_the_desk()
    {
        var state = Path.Combine(_root, "state");
        var settings = LocalOfficerSetup.Ensure(state);
        await using var serve = await ServeProcess.StartAsync(Path.Combine(SiteFixture.RepoRoot, "input"), Path.Combine(_root, "output"), state, "sqlite");

        var reporter = await site.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = serve.Url, JavaScriptEnabled = false });
        await reporter.GotoAsync("/report-corruption/");
        Assert.Contains("แนบได้ในหน้าถัดไป", await reporter.Locator("form.complaint-form").InnerTextAsync());
        await reporter.GetByLabel("การเรียกรับสินบน").CheckAsync();
        await reporter.GetByLabel("เกิดอะไรขึ้น").FillAsync(What);
        await reporter.Locator("#where").FillAsync("กองคลัง");
        await reporter.GetByLabel("ท่านทราบเรื่องนี้ได้อย่างไร").FillAsync("ถูกเรียกเงินด้วยตนเอง");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "ถัดไป: ตรวจทานก่อนส่ง" }).ClickAsync();

        await reporter.GetByLabel("ไฟล์ที่ 1").SetInputFilesAsync(new FilePayload { Name = "slip.jpg", MimeType = "image/jpeg", Buffer = PhotoWithGps() });
        await reporter.GetByLabel("ไฟล์ที่ 2").SetInputFilesAsync(new FilePayload { Name = "minutes.pdf", MimeType = "application/pdf", Buffer = PdfWithAuthor() });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }).ClickAsync();

        var receiptPage = await reporter.Locator("main").InnerTextAsync();
        Assert.True(ReceiptShape().IsMatch(receiptPage), "no receipt:\n" + receiptPage);
        Assert.Contains("slip.jpg", receiptPage);
        Assert.Contains("minutes.pdf", receiptPage);
        Assert.Contains("พิกัด GPS", receiptPage);
        Assert.Contains("ข้อมูลเอกสาร PDF", receiptPage);
        await reporter.Context.CloseAsync();

        await OfficerProcess.RunAsync(Passphrase, "protect-key", settings.OfficerPrivateKeyPath);
        await OfficerProcess.RunAsync(Passphrase, "protect-key", settings.OfficerSigningKeyPath);
        await using var desk = await DeskProcess.StartAsync(settings.OfficerDirectory, serve.Url);
        var (page, requests) = await OpenDeskAsync(desk);
        await UnlockAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "เปิดอ่าน" }).First.ClickAsync();
        var files = await page.Locator("ol.files").InnerTextAsync();
        Assert.Contains("slip.jpg", files);
        Assert.Contains("minutes.pdf", files);
        await AccessibilityTests.AssertNoViolationsAsync(page);
        await KeepAsync(page, "report-with-files");

        var photoDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "slip.jpg" }).ClickAsync());
        Assert.Equal("slip.jpg", photoDownload.SuggestedFilename);
        var photo = await File.ReadAllBytesAsync((await photoDownload.PathAsync())!);
        using (var image = new MagickImage(photo))
        {
            Assert.Equal((320u, 240u), (image.Width, image.Height));
            Assert.Null(image.GetExifProfile());
        }
        var pdfDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "minutes.pdf" }).ClickAsync());
        var pdf = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync((await pdfDownload.PathAsync())!));
        Assert.StartsWith("%PDF-", pdf);
        Assert.DoesNotContain(Author, pdf);
        Assert.All(requests, url => Assert.StartsWith(desk.Origin + "/", url));
        var invalid = await NuHtmlChecker.ErrorsAsync(_pages);
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        await page.Context.CloseAsync();
    }

    private static byte[] PhotoWithGps()
    {
        using var image = new MagickImage(MagickColors.SeaGreen, 320, 240);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Model, "PhoneModel-X9");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(13, 1), new Rational(45, 1), new Rational(2, 1)]);
        image.SetProfile(exif);
        return image.ToByteArray(MagickFormat.Jpeg);
    }

    private static byte[] PdfWithAuthor()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        document.Info.Author = Author;
        document.Options.NoCompression = true;
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
