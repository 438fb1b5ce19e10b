using System.Diagnostics;
using System.Text.Json;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>The Nu HTML Checker (vnu.jar from npm) finds no error in any page the generator wrote.</summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_built_page_is_valid_html()
    {
        var vnu = Path.Combine(SiteFixture.RepoRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(vnu), $"{vnu} is missing: run scripts/setup.sh");
        var pages = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Order().ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} pages were built");

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", vnu, "--errors-only", "--format", "json" }.Concat(pages))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var messages = JsonDocument.Parse(await stderr).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, string.Join("\n", messages));
    }
}
