using System.CommandLine;
using IntegritySite.Site.Serve;

namespace IntegritySite.Site.Cli;

public static class ServeCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var state = new Option<string>("--state") { Description = "Folder for the local complaint store and officer keys", DefaultValueFactory = _ => ".local" };
        var noSearch = CommonOptions.NoSearch();
        var store = new Option<LocalStore>("--store")
        {
            Description = "Complaint store: sqlite (durable file in --state, the default) or azurite (the Azure Table emulator; not durable)",
            DefaultValueFactory = _ => LocalStore.Sqlite,
        };
        var command = new Command("serve", "Build, serve on 127.0.0.1 with the complaint form working on a local store, rebuild and reload on change")
        {
            input, output, port, state, noSearch, store,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new SiteHostOptions
            {
                InputDirectory = parse.GetValue(input)!,
                OutputDirectory = parse.GetValue(output)!,
                StateDirectory = parse.GetValue(state)!,
                Port = parse.GetValue(port),
                Search = !parse.GetValue(noSearch),
                Store = parse.GetValue(store),
            };
            await using var host = await SiteHost.StartAsync(options, Console.Out, ct);
            if (host is null)
            {
                Console.Error.WriteLine("nothing to serve: fix the errors above and run serve again");
                return 1;
            }
            // Keys are never printed (terminal output ends up in logs): the officer's tools read the officer's folder.
            if (host.Settings.CreatedNow)
            {
                Console.WriteLine($"created local officer keys in {host.Settings.OfficerDirectory} (readable only by you)");
            }
            Console.WriteLine(host.Intake.Store == IntegritySite.Intake.Storage.StoreEngine.Sqlite
                ? $"complaints are stored in {host.Intake.SqlitePath}"
                : "complaints are stored in Azurite (emulator)");
            Console.WriteLine($"serving {host.Url}/ (report form: {host.Url}/report-corruption/) — press Ctrl+C to stop");
            await host.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
