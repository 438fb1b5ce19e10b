using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace IntegritySite.Site.Serve;

/// <summary>
/// Serves output/ the way a static host does: clean URLs (<c>/measures/</c> → <c>measures/index.html</c>), a redirect
/// from <c>/measures</c> to <c>/measures/</c>, and 404.html for anything missing. Files are looked up on every request,
/// so a rebuild that swaps output/ is picked up at once.
/// </summary>
public sealed class StaticSiteFiles(string outputDirectory, bool injectLiveReload)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = WithSiteTypes();

    /// <summary>The types the static host is told about in staticwebapp.config.json (the editor's config.yml), served alike.</summary>
    private static FileExtensionContentTypeProvider WithSiteTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var (extension, type) in Outputs.StaticWebAppConfig.MimeTypes)
        {
            provider.Mappings[extension] = type;
        }
        return provider;
    }
    private readonly StaticHostHeaders _headers = new(outputDirectory);

    public async Task ServeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        var root = Path.GetFullPath(outputDirectory);
        // ASP.NET Core has decoded the path except for %2F; a path that still holds an encoded separator, a backslash
        // or a dot segment is refused (400): it names no file a static host serves, and "//host/.." made an off-site redirect.
        var requestPath = context.Request.Path.Value ?? "/";
        var candidate = Path.GetFullPath(Path.Combine(root, requestPath.TrimStart('/')));
        // With the separator, so output-private/ beside output/ is outside it too.
        if (requestPath.Contains('%') || requestPath.Contains('\\') || requestPath.Split('/').Any(segment => segment is "." or "..")
            || candidate != root && !candidate.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Directory.Exists(candidate))
        {
            if (!requestPath.EndsWith('/'))
            {
                // Built from the folder found, each segment escaped: always a path on this site.
                var relative = Path.GetRelativePath(root, candidate).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString);
                context.Response.Redirect("/" + string.Join('/', relative) + "/" + context.Request.QueryString);
                return;
            }
            candidate = Path.Combine(candidate, "index.html");
        }

        if (File.Exists(candidate))
        {
            await SendAsync(context, candidate, StatusCodes.Status200OK);
            return;
        }
        await NotFoundAsync(context, root);
    }

    private async Task NotFoundAsync(HttpContext context, string root)
    {
        var notFound = Path.Combine(root, "404.html");
        if (File.Exists(notFound))
        {
            await SendAsync(context, notFound, StatusCodes.Status404NotFound);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task SendAsync(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in _headers.For(context.Request.Path.Value ?? "/"))
        {
            context.Response.Headers[name] = value;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (type == "text/html")
        {
            context.Response.ContentType = "text/html; charset=utf-8";
        }
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        if (injectLiveReload && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes).Replace("</body>", LiveReload.ScriptTag + "</body>", StringComparison.Ordinal);
            bytes = Encoding.UTF8.GetBytes(html);
        }
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
