namespace IntegritySite.Infrastructure.Tests;

/// <summary>The checkout these tests run in: the folder holding IntegritySite.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "IntegritySite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("IntegritySite.sln not found above " + AppContext.BaseDirectory);
    }
}
