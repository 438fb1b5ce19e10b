using System.Text;

namespace IntegritySite.Site.Outputs;

/// <summary>One file of the built site, by its path under output/.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    public string ReadText() => Utf8.GetString(Content);
}
