using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>axe-core finds no WCAG 2.2 A/AA violation on the pages citizens use, in both languages, on a phone.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string> Pages =>
    [
        "/", "/measures/", "/measures/state-property-use/", "/announcements/", "/announcements/no-gift-policy/",
        "/reports/integrity-measures-2564/", "/report-corruption/", "/check-report/", "/complaint-guideline/",
        "/en/", "/en/measures/", "/en/report-corruption/", "/404.html", "/ita/", "/ita/2564/", "/en/ita/2564/", "/search/", "/en/search/",
        "/complaint-statistics/", "/en/complaint-statistics/",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_wcag_violations(string url)
    {
        // axe runs as a script in the page, so this context allows JavaScript; only the search page has any of its own.
        var page = await site.NewPageAsync(javaScript: true);
        await page.GotoAsync(url);
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Search_results_have_no_wcag_violations()
    {
        // The search page runs pagefind's UI: check it with results shown, not only empty.
        var page = await site.NewPageAsync(javaScript: true);
        await page.GotoAsync("/search/");
        await page.Locator(".pagefind-ui__search-input").FillAsync("ทรัพย์สิน");
        await page.Locator(".pagefind-ui__result-link").First.WaitForAsync();
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Check_receipt_and_correction_pages_have_no_wcag_violations()
    {
        // axe runs as a script in the page, so this context allows JavaScript; the pages themselves have none.
        var page = await site.NewPageAsync(javaScript: true);
        await page.GotoAsync("/report-corruption/");
        await page.Locator("#category-procurement").CheckAsync();
        await page.Locator("#what").FillAsync("มีการแบ่งซื้อแบ่งจ้างเพื่อเลี่ยงการประกวดราคา");
        await page.Locator("#how_known").FillAsync("เห็นเอกสารจัดซื้อ");
        await page.Locator("button[type=submit]").ClickAsync();
        await AssertNoViolationsAsync(page); // the form again, with the missing who/when/where beside its field

        await page.Locator("#edit-where").FillAsync("โครงการก่อสร้างถนนหมู่ 3");
        await page.Locator("#check-form button[type=submit]").ClickAsync();
        await AssertNoViolationsAsync(page); // check before sending

        await page.Locator("form[action='/api/complaints'] button[type=submit]").ClickAsync();
        Assert.Contains("รหัสติดตามเรื่อง", await page.Locator("main").InnerTextAsync());
        await AssertNoViolationsAsync(page); // the receipt
    }

    internal static async Task AssertNoViolationsAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.True(result.Violations.Length == 0, page.Url + "\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
        Assert.NotEmpty(result.Passes);
    }
}
