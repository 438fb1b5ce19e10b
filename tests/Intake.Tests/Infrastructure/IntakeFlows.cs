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
        var response = await host.Client.SendAsync(host.SignedReply(host.IdOf(receipt), message));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>A reply request signed with this host's officer signing key, as the officer's tool sends it.</summary>
    public static HttpRequestMessage SignedReply(this IntakeTestHost host, string id, string message, string? replyId = null)
    {
        replyId ??= OfficerReplySignature.NewReplyId();
        var signature = Convert.ToBase64String(OfficerReplySignature.Sign(host.OfficerSigningKey, id, replyId, message));
        return Requests.Json($"/api/officer/complaints/{id}/replies", new { message, reply_id = replyId, signature }).WithOfficerKey(host);
    }

    public static async Task<JsonElement> OfficerGetAsync(this IntakeTestHost host, string path)
    {
        var (response, body) = await host.Client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, path).WithOfficerKey(host));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    /// <summary>Opens a message sealed to the officer, as the officer's tool does: only when bound to this report and message key.</summary>
    public static string OpenMessageForOfficer(this IntakeTestHost host, byte[] sealedText, string id, string key)
    {
        var envelope = SealedEnvelope.Open(OfficerSeal.Open(sealedText, host.OfficerPublicKey, host.OfficerPrivateKey), id, messageKey: key)
            ?? throw new InvalidOperationException("The message is not bound to this report and key.");
        return envelope.Body.GetString()!;
    }

    /// <summary>Opens a complaint's sealed content as the officer's tool does: only when bound to this report and category.</summary>
    public static Model.ComplaintFacts OpenComplaintForOfficer(this IntakeTestHost host, byte[] sealedContent, string id, string category = "bribery")
    {
        var envelope = SealedEnvelope.Open(OfficerSeal.Open(sealedContent, host.OfficerPublicKey, host.OfficerPrivateKey), id, category: category)
            ?? throw new InvalidOperationException("The content is not bound to this report and category.");
        return Model.ComplaintFacts.FromUtf8Json(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(envelope.Body));
    }

    /// <summary>The message key inside a message row key ("m-" + id + "-" + key).</summary>
    public static string MessageKeyOf(string rowKey) => rowKey[(rowKey.LastIndexOf('-') + 1)..];

    public static HttpRequestMessage WithOfficerKey(this HttpRequestMessage request, IntakeTestHost host)
    {
        request.Headers.Add("X-Officer-Key", host.Settings.OfficerApiKey);
        return request;
    }
}
