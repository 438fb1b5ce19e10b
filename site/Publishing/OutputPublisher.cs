using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Publishing;

/// <summary>
/// Write stage: the new site is written beside output/ and swapped in only when complete, so readers (and `serve`)
/// never see a half-written site and a failed build leaves the previous output exactly as it was.
/// </summary>
public static class OutputPublisher
{
    /// <param name="beforeSwap">Post-processing of the complete staged site (the search index); if it throws, the staging
    /// folder is deleted and output/ is left as it was.</param>
    public static async Task PublishAsync(IReadOnlyList<OutputFile> files, string outputDirectory, Func<string, Task>? beforeSwap = null)
    {
        var target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("output folder has no parent", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");

        try
        {
            // Thousands of small files: the writes (and the delete of the old site below) run on every core.
            foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct())
            {
                Directory.CreateDirectory(folder);
            }
            Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content));
            Directory.CreateDirectory(staging);
            if (beforeSwap is not null)
            {
                await beforeSwap(staging);
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }
            try
            {
                Directory.Move(staging, target);
            }
            catch when (Directory.Exists(retired) && !Directory.Exists(target))
            {
                Directory.Move(retired, target);
                throw;
            }
        }
        finally
        {
            TryDelete(staging);
            TryDelete(retired);
        }
    }

    /// <summary>
    /// Brings a published site from one build's files to the next's in place: writes only the files whose bytes
    /// differ (each to a temporary name beside it, then renamed over the old one, so a reader gets the old file or the
    /// new one, never half of one) and deletes the files the new build no longer has. Files that no build wrote (the
    /// search index, the editor's bundle) are left alone. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Update(IReadOnlyList<OutputFile> before, IReadOnlyList<OutputFile> after, string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory);
        var earlier = before.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var written = new List<string>();
        // Pages first: the page just edited is on disk before the feeds and sitemap that list it.
        foreach (var file in after.OrderBy(f => f.IsHtml ? 0 : 1))
        {
            if (earlier.Remove(file.Path, out var old) && (ReferenceEquals(old.Content, file.Content) || old.Content.AsSpan().SequenceEqual(file.Content)))
            {
                continue;
            }
            var path = Path.Combine(target, file.Path);
            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temporary, file.Content);
            File.Move(temporary, path, overwrite: true);
            written.Add(file.Path);
        }
        foreach (var gone in earlier.Keys)
        {
            var path = Path.Combine(target, gone);
            File.Delete(path);
            written.Add(gone);
            // A page is a folder (/announcements/x/index.html): without its page the folder goes too, as in a new build.
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder != target && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
        return written;
    }

    private static void TryDelete(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        Parallel.ForEach(Directory.EnumerateDirectories(directory), folder => Directory.Delete(folder, recursive: true));
        Directory.Delete(directory, recursive: true);
    }
}
