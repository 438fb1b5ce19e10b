using System.Text.RegularExpressions;

namespace IntegritySite.Site.Content;

/// <summary>Writes a new content file from its kind's <see cref="KindTemplate"/>, never over an existing one.</summary>
public static partial class Scaffolder
{
    /// <returns>The path written, relative to the input folder.</returns>
    public static string Create(string inputDirectory, IReadOnlyList<KindTemplate> templates, string kind, string slug, DateOnly today)
    {
        if (!SlugShape().IsMatch(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid name: use lower-case English letters, digits and dashes, like no-gift-2565");
        }
        var template = templates.FirstOrDefault(t => t.Name == kind)
            ?? throw new ArgumentException($"unknown kind '{kind}'; use one of: {string.Join(", ", templates.Select(t => t.Name))}");
        var file = template.Make(new ScaffoldRequest(inputDirectory, slug, today));
        var path = Path.Combine(inputDirectory, file.Path);
        if (File.Exists(path))
        {
            throw new IOException($"{path} already exists; choose another name");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Text);
        return file.Path;
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
