using System.Diagnostics;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Publishing;

/// <summary>
/// Post-processing of a staged site: pagefind indexes the pages' &lt;main data-pagefind-body&gt; into
/// <c>pagefind/</c> beside them, one index per <c>&lt;html lang&gt;</c> (so Thai and English are searched separately and
/// Thai is split into words). Runs only when publishing, on the staging folder before the swap, so output/ always has
/// an index that matches its pages, and a failed index fails the build.
/// </summary>
public sealed class SearchIndexer(string repoRoot)
{
    /// <summary>The folder under the site that pagefind writes (the search page loads its UI from there).</summary>
    public const string OutputSubdirectory = "pagefind";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The indexer of the checkout this process runs in (node_modules/ beside IntegritySite.sln).</summary>
    public static SearchIndexer ForCheckout() => new(RepoRootFinder.Find());

    public string Executable => Path.Combine(repoRoot, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");

    /// <param name="outputPath">Where to write the index instead of <c>pagefind/</c> inside the site (an absolute path).</param>
    /// <exception cref="SearchIndexException">pagefind is missing, fails or hangs.</exception>
    public async Task IndexAsync(string siteDirectory, CancellationToken ct = default, string? outputPath = null)
    {
        if (!File.Exists(Executable))
        {
            throw new SearchIndexException(
                $"pagefind is not installed ({Executable} is missing): run scripts/setup.sh, or build with --no-search");
        }

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repoRoot,
        };
        var written = outputPath ?? Path.Combine(siteDirectory, OutputSubdirectory);
        foreach (var argument in new[] { "--site", siteDirectory, "--output-path", Path.GetFullPath(written) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new SearchIndexException($"could not start {Executable}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested)
            {
                throw;
            }
            throw new SearchIndexException($"pagefind did not finish within {Timeout.TotalMinutes:0} minutes");
        }

        var output = (await stdout + await stderr).Trim();
        if (process.ExitCode != 0)
        {
            throw new SearchIndexException($"pagefind failed (exit code {process.ExitCode}):\n{output}");
        }
        if (!Directory.Exists(written))
        {
            throw new SearchIndexException($"pagefind wrote no {OutputSubdirectory}/ folder:\n{output}");
        }
    }
}

public sealed class SearchIndexException(string message) : Exception(message);
