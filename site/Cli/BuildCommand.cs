using System.CommandLine;
using IntegritySite.Site.Publishing;

namespace IntegritySite.Site.Cli;

public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var noSearch = CommonOptions.NoSearch();
        var today = CommonOptions.Today();
        var timings = CommonOptions.Timings();
        var command = new Command("build", "Build the site from input/ into output/ (a failed build leaves output/ untouched)") { input, output, noSearch, today, timings };
        command.SetAction((parse, _) =>
            new BuildRunner(Console.Out, Console.Error, search: parse.GetValue(noSearch) ? null : SearchIndexer.ForCheckout(), today: parse.GetValue(today), editor: EditorBundle.ForCheckout(), timings: parse.GetValue(timings))
                .BuildAndPublishAsync(parse.GetValue(input)!, parse.GetValue(output)!));
        return command;
    }
}
