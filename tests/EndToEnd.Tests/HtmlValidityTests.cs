namespace IntegritySite.EndToEnd.Tests;

/// <summary>The Nu HTML Checker (vnu.jar from npm) finds no error in any page the generator wrote.</summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_built_page_is_valid_html()
    {
        var pages = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Order().ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} pages were built");

        var messages = await NuHtmlChecker.ErrorsAsync(pages);
        Assert.True(messages.Count == 0, string.Join("\n", messages));
    }
}
