using System.Text.RegularExpressions;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

/// <summary>What a content file's path says: its section, slug and language (<c>measures/01-slug.th.md</c>).</summary>
public sealed partial record ContentPath(string Section, string Slug, string LanguageCode)
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
        var slug = parts[0] switch
        {
            "measures" => NumberPrefix().Replace(stem, ""),
            "announcements" or "reports" => DatePrefix().Replace(stem, ""),
            _ => stem,
        };
        return new ContentPath(parts[0], slug, language);
    }

    public bool IsValidSlug => SlugShape().IsMatch(Slug);

    [GeneratedRegex(@"\.(?<lang>[a-z]{2})$")]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"^\d+-")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
