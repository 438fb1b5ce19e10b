using System.Net;
using System.Text.Json;
using IntegritySite.Intake.Crypto;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>Common end-to-end steps against a test host.</summary>
internal static class IntakeFlows
{
    public static async Task<string> SubmitAsync(this IntakeTestHost host, Dictionary<string, string>? fields = null)
    {
        var (response, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints", fields ?? Samples.Complaint()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = body.GetProperty("receipt").GetString()!;
        Assert.Matches("^[0-9]{16}$", receipt);
        return receipt;
    }

    public static async Task<JsonElement> StatusAsync(this IntakeTestHost host, string receipt, string? message = null)
    {
        object request = message is null ? new { receipt } : new { receipt, message };
        var (response, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", request));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    public static string IdOf(this IntakeTestHost host, string receipt) =>
        new ServerKeys(Convert.FromBase64String(host.Settings.ReceiptHashSecret)).ReceiptIndex(ReceiptCode.FromDigits(receipt));

    public static async Task SetStatusAsync(this IntakeTestHost host, string receipt, string status)
    {
        var response = await host.Client.SendAsync(Requests.Json($"/api/officer/complaints/{host.IdOf(receipt)}/status", new { status }).WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task ReplyAsync(this IntakeTestHost host, string receipt, string message)
    {
        var response = await host.Client.SendAsync(Requests.Json($"/api/officer/complaints/{host.IdOf(receipt)}/replies", new { message }).WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task<JsonElement> OfficerGetAsync(this IntakeTestHost host, string path)
    {
        var (response, body) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, path).WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    public static HttpRequestMessage WithOfficerKey(this HttpRequestMessage request, IntakeTestHost host)
    {
        request.Headers.Add("X-Officer-Key", host.Settings.OfficerApiKey);
        return request;
    }
}
