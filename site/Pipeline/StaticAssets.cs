using IntegritySite.Site.Content;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Pipeline;

/// <summary>The site's own stylesheet (embedded in the generator) and the files staff put under input/files/.</summary>
public static class StaticAssets
{
    public static IEnumerable<OutputFile> All(SiteSource source)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("IntegritySite.Site.Assets.site.css")
            ?? throw new InvalidOperationException("site.css is not embedded in the generator");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        yield return new OutputFile("assets/site.css", memory.ToArray());

        foreach (var path in source.PathsUnder("files"))
        {
            yield return new OutputFile(path, source.ReadBytes(path));
        }
    }
}
