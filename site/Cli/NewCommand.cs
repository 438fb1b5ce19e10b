using System.CommandLine;
using IntegritySite.Site.Content;

using IntegritySite.Site.Derive;
using IntegritySite.Site.Pipeline.Kinds;

namespace IntegritySite.Site.Cli;

public static class NewCommand
{
    public static Command Create()
    {
        var templates = ContentKinds.Templates(ContentKinds.Default);
        var kind = new Argument<string>("kind") { Description = $"One of: {string.Join(", ", templates.Select(t => t.Name))}" };
        kind.AcceptOnlyFromAmong([.. templates.Select(t => t.Name)]);
        var slug = new Argument<string>("slug") { Description = "The web address of the new page, e.g. no-gift-2565" };
        var input = CommonOptions.Input();
        var command = new Command("new", "Create a content file with valid front matter to fill in") { kind, slug, input };
        command.SetAction(parse =>
        {
            try
            {
                var today = ThaiDates.TodayInThailand();
                var path = Scaffolder.Create(parse.GetValue(input)!, templates, parse.GetValue(kind)!, parse.GetValue(slug)!, today);
                Console.WriteLine($"created {Path.Combine(parse.GetValue(input)!, path)}");
                return 0;
            }
            catch (Exception ex) when (ex is ArgumentException or IOException)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
