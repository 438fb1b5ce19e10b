using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>A frightened clerk on a phone, with JavaScript off, reports bribery and later checks the answer.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class ComplaintJourneyTests(SiteFixture site)
{
    [Fact]
    public async Task Report_from_the_footer_get_a_receipt_and_check_the_status_without_javascript()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/measures/");
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "แจ้งเรื่องร้องเรียนการทุจริต" }).ClickAsync();
        Assert.EndsWith("/report-corruption/", page.Url);

        await page.GetByLabel("การเรียกรับสินบน").CheckAsync();
        await page.GetByLabel("เกิดอะไรขึ้น").FillAsync("เจ้าหน้าที่เรียกเงิน 5,000 บาท เพื่อเร่งออกใบอนุญาตก่อสร้าง");
        await page.GetByLabel("ผู้ที่เกี่ยวข้อง (ตำแหน่งหรือหน่วยงาน)").FillAsync("เจ้าหน้าที่งานป้องกันและบรรเทาสาธารณภัย");
        await page.GetByLabel("เกิดขึ้นเมื่อใด").FillAsync("ต้นเดือนมีนาคม 2569");
        await page.GetByLabel("ท่านทราบเรื่องนี้ได้อย่างไร").FillAsync("ถูกเรียกเงินด้วยตนเอง");
        await page.GetByRole(AriaRole.Button, new() { Name = "ถัดไป: ตรวจทานก่อนส่ง" }).ClickAsync();

        // The check-before-sending page shows what will be sent; nothing is stored until Send.
        var check = await page.Locator("main").InnerTextAsync();
        Assert.Contains("เจ้าหน้าที่เรียกเงิน 5,000 บาท", check);
        Assert.Contains("การเรียกรับสินบน", check);
        Assert.False(ReceiptShape().IsMatch(check), "a receipt before Send");
        await page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }).ClickAsync();

        var body = await page.Locator("body").InnerTextAsync();
        var receipt = ReceiptShape().Match(body);
        Assert.True(receipt.Success, "no 16-digit receipt on the page:\n" + body);
        Assert.DoesNotContain("receipt", page.Url, StringComparison.OrdinalIgnoreCase);

        await page.GotoAsync("/check-report/");
        await page.GetByLabel("รหัสติดตามเรื่อง").FillAsync(receipt.Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "ดูสถานะเรื่อง" }).ClickAsync();
        var status = await page.Locator("body").InnerTextAsync();
        Assert.Contains("ได้รับเรื่อง", status);
        Assert.DoesNotContain(receipt.Value.Replace(" ", ""), page.Url);
    }

    [Fact]
    public async Task Missing_facts_are_explained_in_thai_and_english_and_nothing_is_issued()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/report-corruption/");
        await page.GetByLabel("การเรียกรับสินบน").CheckAsync();
        await page.GetByLabel("เกิดอะไรขึ้น").FillAsync("มีการทุจริต");
        await page.GetByLabel("ท่านทราบเรื่องนี้ได้อย่างไร").FillAsync("ได้ยินมา");
        await page.GetByRole(AriaRole.Button, new() { Name = "ถัดไป: ตรวจทานก่อนส่ง" }).ClickAsync();

        var body = await page.Locator("body").InnerTextAsync();
        Assert.False(ReceiptShape().IsMatch(body), "a receipt was issued for an incomplete report");
        Assert.Matches("(who|when|where)", body);
        Assert.Matches("[ก-๙]", body);
        // The server answers the form again, filled in: nothing typed is lost.
        Assert.Equal("มีการทุจริต", await page.Locator("#edit-what").InputValueAsync());
        Assert.Equal("ได้ยินมา", await page.Locator("#edit-how-known").InputValueAsync());
        Assert.True(await page.Locator("#edit-category-bribery").IsCheckedAsync());
    }

    [Fact]
    public async Task An_english_reporter_stays_on_english_pages_from_the_form_to_the_status()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/en/report-corruption/");
        await page.Locator("#category-procurement").CheckAsync();
        await page.Locator("#what").FillAsync("Road repairs were split into three contracts to avoid a tender.");
        await page.Locator("#where").FillAsync("Division of Public Works");
        await page.Locator("#how_known").FillAsync("I read the monthly procurement notices.");
        await page.Locator("form.complaint-form button[type=submit]").ClickAsync();

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("Check your report before sending", await page.Locator("h1").InnerTextAsync());
        await page.Locator("form[action='/api/complaints'] button[type=submit]").ClickAsync();

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("Complaint received", await page.Locator("h1").InnerTextAsync());
        var receipt = ReceiptShape().Match(await page.Locator("main").InnerTextAsync()).Value;
        Assert.Contains("/en/check-report/", await page.Locator("main a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));

        await page.GotoAsync("/en/check-report/");
        await page.Locator("#receipt").FillAsync(receipt);
        await page.Locator("form.complaint-form button[type=submit]").ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("Report status", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Received, awaiting review", await page.Locator("main").InnerTextAsync());
    }

    [GeneratedRegex(@"\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}")]
    private static partial Regex ReceiptShape();
}
