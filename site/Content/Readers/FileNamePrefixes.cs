using System.Text.RegularExpressions;

namespace IntegritySite.Site.Content.Readers;

/// <summary>Prefixes staff put in file names to order them, which are not part of the web address.</summary>
public static partial class FileNamePrefixes
{
    /// <summary><c>01-state-property-use</c> → <c>state-property-use</c>.</summary>
    public static string WithoutNumber(string stem) => NumberPrefix().Replace(stem, "");

    /// <summary><c>2021-03-25-no-gift-policy</c> → <c>no-gift-policy</c>.</summary>
    public static string WithoutDate(string stem) => DatePrefix().Replace(stem, "");

    [GeneratedRegex(@"^\d+-")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();
}
