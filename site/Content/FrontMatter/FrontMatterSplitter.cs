using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Content.FrontMatter;

public static class FrontMatterSplitter
{
    /// <summary>Splits <c>---\nyaml\n---\nbody</c>. Reports a located error and returns null when the block is missing or unclosed.</summary>
    public static FrontMatterDocument? Split(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(path, 1, 1, "the file must start with front matter: a line '---', the YAML settings, and another line '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatterDocument(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Error(path, 1, 1, "the front matter that starts here is never closed: add a line '---' after the settings");
        return null;
    }
}
