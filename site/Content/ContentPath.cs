using System.Text.RegularExpressions;

namespace IntegritySite.Site.Content;

/// <summary>What a content file's path says: its folder, file stem and language (<c>measures/01-slug.th.md</c>); the folder's reader turns the stem into the slug.</summary>
public sealed partial record ContentPath(string Section, string Stem, string LanguageCode)
{
    public static ContentPath? Parse(string path)
    {
        var parts = path.Split('/');
        if (parts.Length != 2 || !parts[1].EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }
        var stem = parts[1][..^3];
        var language = "th";
        var suffix = LanguageSuffix().Match(stem);
        if (suffix.Success)
        {
            language = suffix.Groups["lang"].Value;
            stem = stem[..suffix.Index];
        }
        return new ContentPath(parts[0], stem, language);
    }

    public static bool IsValidSlug(string slug) => SlugShape().IsMatch(slug);

    [GeneratedRegex(@"\.(?<lang>[a-z]{2})$")]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
