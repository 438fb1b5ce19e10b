using System.CommandLine;

namespace IntegritySite.Site.Cli;

/// <summary>The options every command shares, with the defaults the README promises.</summary>
public static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "Folder with the content staff edit",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Folder the site is written to",
        DefaultValueFactory = _ => "output",
    };

    public static Option<bool> NoSearch() => new("--no-search")
    {
        Description = "Publish without the pagefind search index (the search page then shows its no-JavaScript message)",
    };
}
