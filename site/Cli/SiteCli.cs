namespace IntegritySite.Site.Cli;

public static class SiteCli
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
