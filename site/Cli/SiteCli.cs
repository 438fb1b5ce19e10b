using System.CommandLine;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Cli;

public static class SiteCli
{
    /// <param name="serveModules">What `serve` hosts beside the site; the product (functions/LocalSite) passes the complaint intake.</param>
    public static RootCommand CreateRoot(ISiteModuleProvider? serveModules = null) => new("IntegritySite: builds a municipality's integrity and transparency site")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        ServeCommand.Create(serveModules),
        NewCommand.Create(),
    };

    public static Task<int> RunAsync(string[] args, ISiteModuleProvider? serveModules = null) => CreateRoot(serveModules).Parse(args).InvokeAsync();
}
