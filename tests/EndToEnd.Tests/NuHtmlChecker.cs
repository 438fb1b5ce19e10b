using System.Diagnostics;
using System.Text.Json;

namespace IntegritySite.EndToEnd.Tests;

/// <summary>The Nu HTML Checker (vnu.jar from npm, Java 17): the errors it finds in some files, as "file:line: message".</summary>
internal static class NuHtmlChecker
{
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyList<string> files)
    {
        var vnu = Path.Combine(SiteFixture.RepoRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(vnu), $"{vnu} is missing: run scripts/setup.sh");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", vnu, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return JsonDocument.Parse(await stderr).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
