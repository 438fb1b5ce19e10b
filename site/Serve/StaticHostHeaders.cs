using System.Text.Json;

namespace IntegritySite.Site.Serve;

/// <summary>
/// The headers the static host will send, read from the staticwebapp.config.json the build wrote into output/: its
/// global headers on every file and each route's own (no-store on the complaint pages). `serve` sends exactly these,
/// so what staff preview is what the static host serves. Re-read when a rebuild replaces the file.
/// </summary>
public sealed class StaticHostHeaders(string outputDirectory)
{
    private readonly Lock _gate = new();
    private (DateTime Written, Parsed Headers)? _cache;

    public IEnumerable<KeyValuePair<string, string>> For(string requestPath)
    {
        var parsed = Load();
        foreach (var header in parsed.Global)
        {
            yield return header;
        }
        foreach (var (prefix, headers) in parsed.Routes.Where(r => requestPath.StartsWith(r.Prefix, StringComparison.Ordinal)))
        {
            foreach (var header in headers)
            {
                yield return header;
            }
        }
    }

    private Parsed Load()
    {
        var path = Path.Combine(outputDirectory, Outputs.StaticWebAppConfig.FileName);
        var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        lock (_gate)
        {
            if (_cache is { } cached && cached.Written == written)
            {
                return cached.Headers;
            }
            var parsed = written == DateTime.MinValue ? Parsed.Fallback : Parse(File.ReadAllText(path));
            _cache = (written, parsed);
            return parsed;
        }
    }

    private static Parsed Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var global = root.TryGetProperty("globalHeaders", out var g) ? Headers(g) : [];
        var routes = new List<(string Prefix, IReadOnlyList<KeyValuePair<string, string>> Headers)>();
        if (root.TryGetProperty("routes", out var r))
        {
            foreach (var route in r.EnumerateArray())
            {
                var pattern = route.GetProperty("route").GetString() ?? "";
                if (route.TryGetProperty("headers", out var h))
                {
                    routes.Add((pattern.TrimEnd('*'), Headers(h)));
                }
            }
        }
        return new Parsed(global, routes);
    }

    private static List<KeyValuePair<string, string>> Headers(JsonElement headers) =>
        headers.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString() ?? "")).ToList();

    private sealed record Parsed(IReadOnlyList<KeyValuePair<string, string>> Global, IReadOnlyList<(string Prefix, IReadOnlyList<KeyValuePair<string, string>> Headers)> Routes)
    {
        /// <summary>Before the first build wrote a config (or in a bare output folder): the site's own headers.</summary>
        public static readonly Parsed Fallback = new(Outputs.SiteHeaders.All, []);
    }
}
