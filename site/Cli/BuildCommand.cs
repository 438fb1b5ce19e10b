using System.CommandLine;

namespace IntegritySite.Site.Cli;

public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var command = new Command("build", "Build the site from input/ into output/ (a failed build leaves output/ untouched)") { input, output };
        command.SetAction((parse, _) =>
            new BuildRunner(Console.Out, Console.Error).BuildAndPublishAsync(parse.GetValue(input)!, parse.GetValue(output)!));
        return command;
    }
}
