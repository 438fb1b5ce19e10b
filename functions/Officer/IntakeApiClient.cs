using System.Net.Http.Json;
using System.Text.Json;
using IntegritySite.Intake.Service;

namespace IntegritySite.Officer;

/// <summary>The officer endpoints of the intake API.</summary>
internal sealed class IntakeApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IntakeApiClient FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable("INTAKE_URL") ?? "http://127.0.0.1:5000";
        // A file (0600) rather than a variable where possible: variables show up in process listings and crash dumps.
        var key = Environment.GetEnvironmentVariable("OFFICER_API_KEY")
            ?? (Environment.GetEnvironmentVariable("OFFICER_API_KEY_FILE") is { } file ? File.ReadAllText(file).Trim() : null)
            ?? throw new InvalidOperationException("Set OFFICER_API_KEY_FILE to the officer API key file (serve writes .local/officer/officer-api.key), or OFFICER_API_KEY to the key.");
        var baseAddress = new Uri(url.TrimEnd('/') + "/");
        // The API key, and officer replies in plain text, travel in these requests: only over HTTPS, or to this machine.
        if (baseAddress.Scheme != Uri.UriSchemeHttps && !baseAddress.IsLoopback)
        {
            throw new InvalidOperationException($"INTAKE_URL must use https:// (plain http is allowed only for localhost): {baseAddress.GetLeftPart(UriPartial.Authority)}");
        }
        var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add("X-Officer-Key", key);
        return new IntakeApiClient(http);
    }

    public Task<JsonElement> ListAsync() => GetAsync("api/officer/complaints");

    public async Task<ComplaintStatistics> GetStatisticsAsync(DateOnly from, DateOnly to) =>
        (await GetAsync($"api/officer/statistics?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")).Deserialize<ComplaintStatistics>(SnakeCase)
            ?? throw new InvalidOperationException("The statistics answer was empty.");

    public Task<JsonElement> GetComplaintAsync(string id) => GetAsync($"api/officer/complaints/{Uri.EscapeDataString(id)}");

    public Task<JsonElement> SetStatusAsync(string id, string status) => PostAsync($"api/officer/complaints/{Uri.EscapeDataString(id)}/status", new { status });

    public Task<JsonElement> ReplyAsync(string id, string message, string replyId, byte[] signature) =>
        PostAsync($"api/officer/complaints/{Uri.EscapeDataString(id)}/replies", new { message, reply_id = replyId, signature = Convert.ToBase64String(signature) });

    public Task<JsonElement> PurgeAsync() => PostAsync("api/officer/purge", new { });

    private async Task<JsonElement> GetAsync(string path) => await ReadAsync(await http.GetAsync(path));

    private async Task<JsonElement> PostAsync(string path, object body) => await ReadAsync(await http.PostAsJsonAsync(path, body));

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {json}");
        }
        return json;
    }
}
