namespace IntegritySite.Site.Publishing;

/// <summary>
/// The search index of a site updated in place (`serve`), rebuilt off the edit's path: pagefind writes a new index
/// beside output/ and it replaces output/pagefind/ whole. One run at a time; edits during a run get one more run.
/// A failed index is reported and the previous index stays.
/// </summary>
internal sealed class BackgroundIndex(SearchIndexer search, string outputDirectory, TextWriter errors)
{
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;
    private bool _pending;

    public void Request()
    {
        lock (_gate)
        {
            if (!_running.IsCompleted)
            {
                _pending = true;
                return;
            }
            _running = Task.Run(RunAsync);
        }
    }

    public Task IdleAsync()
    {
        lock (_gate)
        {
            return _running;
        }
    }

    private async Task RunAsync()
    {
        do
        {
            await IndexOnceAsync();
        }
        while (TakePending());
    }

    private bool TakePending()
    {
        lock (_gate)
        {
            var pending = _pending;
            _pending = false;
            return pending;
        }
    }

    private async Task IndexOnceAsync()
    {
        var site = Path.GetFullPath(outputDirectory);
        var fresh = Path.Combine(Path.GetDirectoryName(site)!, $".{Path.GetFileName(site)}.pagefind-{Guid.NewGuid():N}");
        var live = Path.Combine(site, SearchIndexer.OutputSubdirectory);
        var retired = fresh + ".old";
        try
        {
            await search.IndexAsync(site, outputPath: fresh);
            if (Directory.Exists(live))
            {
                Directory.Move(live, retired);
            }
            Directory.Move(fresh, live);
        }
        catch (Exception e) when (e is SearchIndexException or IOException)
        {
            await errors.WriteLineAsync($"search index not updated: {e.Message}");
        }
        finally
        {
            foreach (var folder in new[] { fresh, retired }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
