using System.Net.Http.Json;
using System.Text.Json;
using IntegritySite.Intake.Service;

namespace IntegritySite.Officer.Api;

/// <summary>The officer endpoints of the intake API.</summary>
internal sealed class IntakeApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static IntakeApiClient FromEnvironment() => For(Environment.GetEnvironmentVariable("INTAKE_URL") ?? DefaultUrl, ApiKeyFromEnvironment(fallbackFile: null));

    /// <summary>
    /// The API key from OFFICER_API_KEY_FILE (or OFFICER_API_KEY), else from <paramref name="fallbackFile"/>. A file (0600)
    /// rather than a variable where possible: variables show up in process listings and crash dumps.
    /// </summary>
    public static string ApiKeyFromEnvironment(string? fallbackFile) =>
        Environment.GetEnvironmentVariable("OFFICER_API_KEY")
            ?? ReadKeyFile(Environment.GetEnvironmentVariable("OFFICER_API_KEY_FILE") ?? fallbackFile)
            ?? throw new InvalidOperationException(
                "ไม่พบกุญแจ API ของเจ้าหน้าที่ ตั้งค่า OFFICER_API_KEY_FILE เป็นไฟล์กุญแจ (serve เขียนไว้ที่ .local/officer/officer-api.key) / " +
                "No officer API key: set OFFICER_API_KEY_FILE to the officer API key file (serve writes .local/officer/officer-api.key), or OFFICER_API_KEY to the key.");

    private static string? ReadKeyFile(string? path) => path is not null && File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    public static IntakeApiClient For(string url, string key)
    {
        var baseAddress = new Uri(url.TrimEnd('/') + "/");
        // The API key, and officer replies in plain text, travel in these requests: only over HTTPS, or to this machine.
        if (baseAddress.Scheme != Uri.UriSchemeHttps && !baseAddress.IsLoopback)
        {
            throw new InvalidOperationException($"ที่อยู่ระบบรับเรื่องต้องเป็น https:// / INTAKE_URL must use https:// (plain http is allowed only for localhost): {baseAddress.GetLeftPart(UriPartial.Authority)}");
        }
        var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add("X-Officer-Key", key);
        return new IntakeApiClient(http);
    }

    public Task<JsonElement> ListAsync() => GetAsync("api/officer/complaints");

    public async Task<ComplaintStatistics> GetStatisticsAsync(DateOnly from, DateOnly to) =>
        (await GetAsync($"api/officer/statistics?from={BangkokDate.Format(from)}&to={BangkokDate.Format(to)}")).Deserialize<ComplaintStatistics>(SnakeCase)
            ?? throw new InvalidOperationException("The statistics answer was empty.");

    public Task<JsonElement> GetComplaintAsync(string id) => GetAsync($"api/officer/complaints/{Uri.EscapeDataString(id)}");

    /// <summary>One evidence file's ciphertext (it is decrypted here, on the officer's machine, never by the intake).</summary>
    public async Task<Stream> GetAttachmentAsync(string id, string blob)
    {
        var response = await http.GetAsync(ComplaintRoutes.OfficerAttachmentApi(Uri.EscapeDataString(id), Uri.EscapeDataString(blob))[1..], HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return await response.Content.ReadAsStreamAsync();
    }

    public Task<JsonElement> SetStatusAsync(string id, string status) => PostAsync($"api/officer/complaints/{Uri.EscapeDataString(id)}/status", new { status });

    public Task<JsonElement> ReplyAsync(string id, string message, string replyId, byte[] signature) =>
        PostAsync($"api/officer/complaints/{Uri.EscapeDataString(id)}/replies", new { message, reply_id = replyId, signature = Convert.ToBase64String(signature) });

    public Task<JsonElement> ResealAsync(string id, string item, byte[] sealedItem) =>
        PostAsync($"api/officer/complaints/{Uri.EscapeDataString(id)}/reseal", new { item, @sealed = Convert.ToBase64String(sealedItem) });

    public Task<JsonElement> PurgePreviewAsync() => GetAsync("api/officer/purge");

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
