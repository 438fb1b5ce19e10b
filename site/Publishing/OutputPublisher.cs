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
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
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

    private static void TryDelete(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
