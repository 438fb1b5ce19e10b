using IntegritySite.Site.Content;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Pipeline;

/// <summary>The site's own stylesheet and search-page script (embedded in the generator) and the files staff put under input/files/.</summary>
public static class StaticAssets
{
    public static IEnumerable<OutputFile> All(SiteSource source)
    {
        yield return Embedded("site.css");
        yield return Embedded("search.js");
        yield return Embedded("favicon.svg");

        foreach (var path in source.PathsUnder("files"))
        {
            yield return new OutputFile(path, source.ReadBytes(path));
        }
    }

    private static OutputFile Embedded(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream($"IntegritySite.Site.Assets.{name}")
            ?? throw new InvalidOperationException($"{name} is not embedded in the generator");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return new OutputFile($"assets/{name}", memory.ToArray());
    }
}
