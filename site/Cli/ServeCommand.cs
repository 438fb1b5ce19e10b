using IntegritySite.Site.Publishing;
using System.CommandLine;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Cli;

public static class ServeCommand
{
    /// <param name="modules">What to serve beside the site (the complaint intake, in the product); null serves the site alone.</param>
    public static Command Create(ISiteModuleProvider? modules = null)
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var noSearch = CommonOptions.NoSearch();
        var command = new Command("serve", modules is null
            ? "Build, serve on 127.0.0.1, rebuild and reload on change (the site alone: the complaint form needs integritysite-local)"
            : "Build, serve on 127.0.0.1 with the complaint form working on a local store, rebuild and reload on change")
        {
            input, output, port, noSearch,
        };
        foreach (var option in modules?.Options ?? [])
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, ct) =>
        {
            var repoRoot = RepoRootFinder.Find();
            ISiteModule[] started = modules is null ? [] : [await modules.StartAsync(parse, repoRoot, Console.Out, ct)];
            var options = new SiteHostOptions
            {
                InputDirectory = parse.GetValue(input)!,
                OutputDirectory = parse.GetValue(output)!,
                Port = parse.GetValue(port),
                Search = !parse.GetValue(noSearch),
                RepoRoot = repoRoot,
                Modules = started,
            };
            await using var host = await SiteHost.StartAsync(options, Console.Out, ct);
            if (host is null)
            {
                Console.Error.WriteLine("nothing to serve: fix the errors above and run serve again");
                return 1;
            }
            var form = modules is null ? " (complaint form not connected: run integritysite-local serve for the complaint channel)" : $" (report form: {host.Url}/report-corruption/)";
            Console.WriteLine($"serving {host.Url}/{form} — press Ctrl+C to stop");
            await host.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
