using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IntegritySite.Intake.Tests.Infrastructure;

internal static class Requests
{
    public static HttpRequestMessage Json(string path, object body) => new(HttpMethod.Post, path)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    };

    public static HttpRequestMessage RawJson(string path, byte[] body) => Raw(path, body, "application/json");

    public static HttpRequestMessage Form(string path, IEnumerable<KeyValuePair<string, string>> fields) => new(HttpMethod.Post, path)
    {
        Content = new FormUrlEncodedContent(fields),
    };

    public static HttpRequestMessage Raw(string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendJsonAsync(this HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        return (response, await response.ReadJsonAsync());
    }

    public static IEnumerable<string> ErrorFields(this JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString() ?? "");
}
