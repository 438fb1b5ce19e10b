namespace IntegritySite.Site.Publishing;

/// <summary>Finds the checkout (the folder with IntegritySite.sln), where node_modules/ holds Azurite.</summary>
public static class RepoRootFinder
{
    public static string Find(string? start = null)
    {
        foreach (var from in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(from); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "IntegritySite.sln")))
                {
                    return directory.FullName;
                }
            }
        }
        throw new InvalidOperationException("Cannot find the checkout (IntegritySite.sln) above the current folder.");
    }
}
