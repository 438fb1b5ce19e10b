using System.Globalization;
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

    public static Option<bool> Timings() => new("--timings")
    {
        Description = "Print each stage of the build as it ends, with the time since the build began",
    };

    /// <summary>
    /// The day the site is built for. Announcements past their expiry are marked expired as of this day and `check`
    /// counts ITA deadlines from it; giving it makes a rebuild on another day byte-identical.
    /// </summary>
    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = "Build as of this day, YYYY-MM-DD (Gregorian); default: today in Thailand",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year < 2400)
            {
                return day;
            }
            result.AddError($"--today must be a date written YYYY-MM-DD in the Gregorian year, like 2021-03-25, not '{text}'");
            return null;
        },
    };
}
