using System.CommandLine;

namespace IntegritySite.Site.Cli;

public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var command = new Command("check", "Validate the content without writing anything; exits non-zero on any error") { input };
        command.SetAction(async (parse, _) =>
        {
            var result = await new BuildRunner(Console.Out, Console.Error).BuildAsync(parse.GetValue(input)!);
            if (result is null || !result.Succeeded)
            {
                return 1;
            }
            Console.WriteLine($"ok: {result.PageCount} pages checked in {result.Elapsed.TotalMilliseconds:0} ms");
            return 0;
        });
        return command;
    }
}
