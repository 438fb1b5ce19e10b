using IntegritySite.Site.Outputs;
using IntegritySite.Site.Outputs.Editor;

namespace IntegritySite.Site.Publishing;

/// <summary>
/// Copies Decap CMS from the checkout's node_modules (the npm package decap-cms: its bundle, the chunks it loads
/// beside itself and their WebAssembly files; no source maps) into the staged site's admin/, so the staff editor is
/// served from the site itself and never from a CDN. Without node_modules the site is published all the same and a
/// warning says the editor will not start; the public pages do not depend on it.
/// </summary>
public sealed class EditorBundle(string? repoRoot)
{
    /// <summary>The bundle of the checkout this process runs in; outside a checkout, none (publishing warns).</summary>
    public static EditorBundle ForCheckout()
    {
        try
        {
            return new EditorBundle(RepoRootFinder.Find());
        }
        catch (InvalidOperationException)
        {
            return new EditorBundle(null);
        }
    }

    public string PackageFolder => Path.Combine(repoRoot ?? ".", "node_modules", "decap-cms", "dist");

    /// <returns>null when copied; otherwise the warning to show.</returns>
    public string? CopyInto(string siteDirectory)
    {
        var bundle = Path.Combine(PackageFolder, AdminPage.BundleFile);
        if (repoRoot is null || !File.Exists(bundle))
        {
            return $"warning: the staff editor (/admin/) will not start: {bundle} is missing; run scripts/setup.sh (npm ci) and build again";
        }
        var target = Path.Combine(siteDirectory, SiteHeaders.AdminPath.Trim('/'));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(PackageFolder).Where(IsPartOfBundle))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        return null;
    }

    /// <summary>decap-cms.js, its numbered chunks (123.decap-cms.js), the .wasm files they fetch, and the licence text.</summary>
    private static bool IsPartOfBundle(string path)
    {
        var name = Path.GetFileName(path);
        return name == AdminPage.BundleFile
            || name == AdminPage.BundleFile + ".LICENSE.txt"
            || name.EndsWith("." + AdminPage.BundleFile, StringComparison.Ordinal)
            || name.EndsWith(".wasm", StringComparison.Ordinal);
    }
}
