using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegritySite.Site.Outputs;

/// <summary>
/// staticwebapp.config.json for Azure Static Web Apps: the site's headers on every response, 404.html for missing
/// pages, and no caching of the complaint pages (a shared computer's cache should not remember them). The staff editor
/// under /admin/ gets its own policy (<see cref="SiteHeaders.AdminContentSecurityPolicy"/>).
/// </summary>
public static class StaticWebAppConfig
{
    public const string FileName = "staticwebapp.config.json";

    /// <summary>File types the static host would not know: the staff editor reads admin/config.yml only as YAML.</summary>
    public static readonly IReadOnlyDictionary<string, string> MimeTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".yml"] = "text/yaml; charset=utf-8",
    };

    public static OutputFile Write(IEnumerable<string> noStoreRoutes)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in SiteHeaders.All)
        {
            headers[name] = value;
        }
        // The static host serves HTTPS only; a browser that has seen the site once never tries plain HTTP again.
        headers["Strict-Transport-Security"] = SiteHeaders.StrictTransportSecurity;
        var routes = new JsonArray(
            // The staff editor: its own policy (it needs scripts), never cached, never indexed.
            new JsonObject
            {
                ["route"] = SiteHeaders.AdminPath + "*",
                ["headers"] = new JsonObject
                {
                    ["Content-Security-Policy"] = SiteHeaders.AdminContentSecurityPolicy,
                    ["Cache-Control"] = "no-cache",
                    ["X-Robots-Tag"] = "noindex, nofollow",
                },
            });
        foreach (var route in noStoreRoutes.Order(StringComparer.Ordinal))
        {
            routes.Add((JsonNode)new JsonObject { ["route"] = route + "*", ["headers"] = new JsonObject { ["Cache-Control"] = "no-store" } });
        }
        var config = new JsonObject
        {
            ["globalHeaders"] = headers,
            ["responseOverrides"] = new JsonObject { ["404"] = new JsonObject { ["rewrite"] = "/404.html" } },
            ["routes"] = routes,
            ["mimeTypes"] = new JsonObject(MimeTypes.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)JsonValue.Create(m.Value)))),
        };
        return OutputFile.Text(FileName, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
