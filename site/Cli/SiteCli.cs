using System.CommandLine;

namespace IntegritySite.Site.Cli;

public static class SiteCli
{
    public static RootCommand CreateRoot() => new("IntegritySite: builds a municipality's integrity and transparency site")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        ServeCommand.Create(),
        NewCommand.Create(),
    };

    public static Task<int> RunAsync(string[] args) => CreateRoot().Parse(args).InvokeAsync();
}
