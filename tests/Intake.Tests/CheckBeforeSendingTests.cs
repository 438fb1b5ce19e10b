using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

/// <summary>
/// The site's form posts to the check step first; its Send form carries a submission id drawn by the server, so a
/// browser that sends twice (double click, reload, resend after a lost answer) stores the report once, without JavaScript.
/// </summary>
public sealed partial class CheckBeforeSendingTests
{
    [Fact]
    public async Task The_check_page_stores_nothing_and_its_send_form_stores_once_however_often_it_is_sent()
    {
        await using var host = await IntakeTestHost.StartSqliteAsync();

        var check = await host.Client.SendAsync(Requests.Form("/api/complaints/check", Samples.Complaint()));
        var html = await check.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Empty(await host.Store.ListComplaintsAsync(CancellationToken.None));
        Assert.Contains(Samples.What, html);

        var send = SendForm(html);
        Assert.Matches("^[0-9a-f]{32}$", send["submission_id"]);
        var receipts = new List<string>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var receiptPage = await (await host.Client.SendAsync(Requests.Form("/api/complaints", send))).Content.ReadAsStringAsync();
            receipts.Add(ReceiptShape().Match(receiptPage).Value);
        }

        Assert.Single(receipts.Distinct());
        Assert.NotEqual("", receipts[0]);
        Assert.Single(await host.Store.ListComplaintsAsync(CancellationToken.None));
        var facts = host.OpenComplaintForOfficer((await host.Store.FindComplaintAsync(host.IdOf(receipts[0].Replace(" ", "")), CancellationToken.None))!.Content, host.IdOf(receipts[0].Replace(" ", "")));
        Assert.Equal((Samples.What, Samples.Who, Samples.HowKnown), (facts.What, facts.Who, facts.HowKnown));
    }

    [Fact]
    public async Task Each_check_draws_its_own_submission_id_so_two_reporters_never_share_a_receipt()
    {
        await using var host = await IntakeTestHost.StartSqliteAsync();
        var ids = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var html = await (await host.Client.SendAsync(Requests.Form("/api/complaints/check", Samples.Complaint()))).Content.ReadAsStringAsync();
            ids.Add(SendForm(html)["submission_id"]);
        }
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task Invalid_fields_come_back_in_the_form_filled_in_with_each_problem_beside_its_field()
    {
        await using var host = await IntakeTestHost.StartSqliteAsync();
        var fields = Samples.Complaint().Without("who", "when", "where").With("what", "เรียก <เงิน> \"ค่าน้ำชา\"");

        var response = await host.Client.SendAsync(Requests.Form("/api/complaints/check", fields));
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("เรียก <เงิน> \"ค่าน้ำชา\"", document.QuerySelector("#edit-what")!.TextContent);
        Assert.Equal(Samples.HowKnown, document.QuerySelector("#edit-how-known")!.TextContent);
        Assert.True(document.QuerySelector("#edit-category-bribery")!.HasAttribute("checked"));
        Assert.Equal("true", document.QuerySelector("#edit-who")!.GetAttribute("aria-invalid"));
        Assert.Contains("who", document.QuerySelector("#edit-who-error")!.TextContent);
        Assert.Equal("#edit-who", document.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("/api/complaints/check", document.QuerySelector("form")!.GetAttribute("action"));
        // Limits in the form are the server's own.
        Assert.Equal("6000", document.QuerySelector("#edit-what")!.GetAttribute("maxlength"));
        Assert.Equal("500", document.QuerySelector("#edit-when")!.GetAttribute("maxlength"));
        Assert.Empty(await host.Store.ListComplaintsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Json_clients_get_a_submission_id_or_the_errors()
    {
        await using var host = await IntakeTestHost.StartSqliteAsync();

        var (ok, okBody) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/check", Samples.Complaint()));
        var (bad, badBody) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/check", Samples.Complaint().Without("what")));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", okBody.GetProperty("submission_id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["what"], badBody.ErrorFields());
    }

    private static Dictionary<string, string> SendForm(string html)
    {
        var form = new HtmlParser().ParseDocument(html).QuerySelector("form[action='/api/complaints']")!;
        return form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
    }

    [GeneratedRegex(@"\d{4} \d{4} \d{4} \d{4}")]
    private static partial Regex ReceiptShape();
}
