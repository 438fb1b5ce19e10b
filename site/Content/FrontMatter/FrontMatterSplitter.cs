using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Content.FrontMatter;

public static class FrontMatterSplitter
{
    /// <summary>Splits <c>---\nyaml\n---\nbody</c>. Reports a located error and returns null when the block is missing or unclosed.</summary>
    public static FrontMatterDocument? Split(string path, string text, DiagnosticBag diagnostics)
    {
        // Line by line over the text itself: the settings and the body are each cut out once, not split into a
        // string per line and joined again (two copies of every content file per build).
        var normalized = text.Contains('\r') ? text.Replace("\r\n", "\n") : text;
        var firstEnd = normalized.IndexOf('\n');
        var first = firstEnd < 0 ? normalized.AsSpan() : normalized.AsSpan(0, firstEnd);
        if (!first.TrimEnd().SequenceEqual("---"))
        {
            diagnostics.Error(path, 1, 1, "the file must start with front matter: a line '---', the YAML settings, and another line '---'");
            return null;
        }

        var yamlStart = firstEnd + 1;
        var lineStart = yamlStart;
        for (var i = 1; firstEnd >= 0; i++)
        {
            var end = normalized.IndexOf('\n', lineStart);
            var line = (end < 0 ? normalized.AsSpan(lineStart) : normalized.AsSpan(lineStart, end - lineStart)).TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                var yaml = lineStart == yamlStart ? "" : normalized.Substring(yamlStart, lineStart - 1 - yamlStart);
                var body = end < 0 ? "" : normalized[(end + 1)..];
                return new FrontMatterDocument(yaml, 2, body, i + 2);
            }
            if (end < 0)
            {
                break;
            }
            lineStart = end + 1;
        }

        diagnostics.Error(path, 1, 1, "the front matter that starts here is never closed: add a line '---' after the settings");
        return null;
    }
}
