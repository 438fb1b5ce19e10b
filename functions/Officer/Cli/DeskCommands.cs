using System.CommandLine;
using IntegritySite.Officer.Desk;

namespace IntegritySite.Officer.Cli;

internal static class DeskCommands
{
    public static Command Desk()
    {
        var keys = new Option<string?>("--keys") { Description = "Folder with this officer's key files (default: OFFICER_KEYS, else .local/officer)" };
        var intake = new Option<string?>("--intake") { Description = "The intake's address (default: INTAKE_URL, else " + Api.IntakeApiClient.DefaultUrl + ")" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default: a free one)" };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Print the one-time link without opening the browser" };
        var lockAfter = new Option<TimeSpan>("--lock-after")
        {
            Description = "Lock the keys after this long without use (hh:mm:ss; default 00:15:00)",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(15),
        };
        var command = new Command("desk", "The officer desk in your browser, Thai and English (โต๊ะทำงานเจ้าหน้าที่)") { keys, intake, port, noBrowser, lockAfter };
        command.SetAction((parse, _) => DeskCommand.RunAsync(parse.GetValue(keys), parse.GetValue(intake), parse.GetValue(port), !parse.GetValue(noBrowser), parse.GetValue(lockAfter)));
        return command;
    }
}
