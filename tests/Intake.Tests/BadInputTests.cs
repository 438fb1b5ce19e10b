using System.Net;
using System.Text;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BadInputTests(AzuriteFixture azurite)
{
    public static TheoryData<string, HttpStatusCode, string> JsonCases() => new()
    {
        { "malformed-json", HttpStatusCode.BadRequest, "body" },
        { "json-array", HttpStatusCode.BadRequest, "body" },
        { "wrong-content-type", HttpStatusCode.UnsupportedMediaType, "content-type" },
        { "wrong-charset", HttpStatusCode.UnsupportedMediaType, "content-type" },
        { "oversized", HttpStatusCode.RequestEntityTooLarge, "body" },
        { "missing-category", HttpStatusCode.BadRequest, "category" },
        { "unknown-category", HttpStatusCode.BadRequest, "category" },
        { "missing-what", HttpStatusCode.BadRequest, "what" },
        { "blank-what", HttpStatusCode.BadRequest, "what" },
        { "missing-who-when-where", HttpStatusCode.BadRequest, "who" },
        { "missing-how-known", HttpStatusCode.BadRequest, "how_known" },
        { "control-character", HttpStatusCode.BadRequest, "what" },
        { "invalid-utf8", HttpStatusCode.BadRequest, "where" },
        { "lone-surrogate", HttpStatusCode.BadRequest, "who" },
        { "too-long", HttpStatusCode.BadRequest, "evidence" },
        { "number-instead-of-text", HttpStatusCode.BadRequest, "when" },
        { "unknown-field", HttpStatusCode.BadRequest, "name" },
        { "honeypot-filled", HttpStatusCode.BadRequest, "website" },
        { "bad-submission-id", HttpStatusCode.BadRequest, "submission_id" },
        { "duplicate-after-null", HttpStatusCode.BadRequest, "what" },
    };

    [Theory]
    [MemberData(nameof(JsonCases))]
    public async Task Json_bad_input_is_a_4xx_naming_the_field_and_stores_nothing(string name, HttpStatusCode expected, string field)
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);

        var (response, body) = await host.Client.SendJsonAsync(BuildJson(name));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(field, body.ErrorFields());
        var error = body.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("field").GetString() == field);
        Assert.Matches(@"\p{IsThai}", error.GetProperty("th").GetString());
        Assert.Matches("[A-Za-z]{3,}", error.GetProperty("en").GetString());
        Assert.Empty(await host.DumpTableAsync());
    }

    [Theory]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=utf8")]
    public async Task A_quoted_or_upper_case_utf8_charset_is_accepted(string contentType)
    {
        await using var host = await IntakeTestHost.StartSqliteAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Samples.Complaint());

        var response = await host.Client.SendAsync(Requests.Raw("/api/complaints", body, contentType));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Missing_who_when_and_where_says_which_fields_are_meant()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var (_, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints", Samples.Complaint().Without("who", "when", "where")));
        var en = body.GetProperty("errors")[0].GetProperty("en").GetString();
        Assert.Contains("who, when or where", en);
        Assert.Contains("(who)", body.GetProperty("errors")[0].GetProperty("th").GetString());
    }

    [Fact]
    public async Task Several_problems_are_all_listed()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var (response, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints", new Dictionary<string, string> { ["evidence"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Subset(body.ErrorFields().ToHashSet(), new HashSet<string> { "category", "what", "who", "how_known" });
    }

    [Fact]
    public async Task Form_errors_are_a_bilingual_page_naming_each_field_with_a_link_back()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var fields = Samples.Complaint().Without("what", "how_known").With("where", "ที่ว่าการ\u0007");

        var response = await host.Client.SendAsync(Requests.Form("/api/complaints", fields));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"th\">", html);
        Assert.Contains("<code>what</code>", html);
        Assert.Contains("<code>how_known</code>", html);
        Assert.Contains("<code>where</code>", html);
        Assert.Contains("href=\"/report-corruption/\"", html);
        Assert.True(html.IndexOf("กรุณาแก้ไข", StringComparison.Ordinal) < html.IndexOf("Please correct", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", html);
        Assert.Empty(await host.DumpTableAsync());
    }

    [Fact]
    public async Task Wrong_content_type_from_a_browser_gets_an_html_415_page()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var response = await host.Client.SendAsync(Requests.Raw("/api/complaints", "what=x"u8.ToArray(), "multipart/form-data; boundary=x"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("<code>content-type</code>", html);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_form_field_names_that_field()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var body = Encoding.ASCII.GetBytes("category=bribery&what=x&who=%E0%B8&how_known=seen");

        var response = await host.Client.SendAsync(Requests.Raw("/api/complaints", body, "application/x-www-form-urlencoded"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<code>who</code>", html);
        Assert.Contains("UTF-8", html);
    }

    [Fact]
    public async Task Oversized_form_post_is_413_without_reading_further()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var response = await host.Client.SendAsync(Requests.Form("/api/complaints", Samples.Complaint().With("what", new string('ก', 20_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("128 KiB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Status_request_with_a_malformed_receipt_names_the_receipt()
    {
        await using var host = await IntakeTestHost.StartAsync(azurite.Server);
        var (response, body) = await host.Client.SendJsonAsync(Requests.Json("/api/complaints/status", new { receipt = "1234-5678" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["receipt"], body.ErrorFields());
    }

    private static HttpRequestMessage BuildJson(string name)
    {
        const string path = "/api/complaints";
        var good = Samples.Complaint();
        return name switch
        {
            "malformed-json" => Requests.RawJson(path, "{\"category\":\"bribery\",\"what\":"u8.ToArray()),
            "json-array" => Requests.RawJson(path, "[\"bribery\"]"u8.ToArray()),
            "wrong-content-type" => AcceptJson(Requests.Raw(path, "category=bribery"u8.ToArray(), "text/plain")),
            "wrong-charset" => AcceptJson(Requests.Raw(path, "{}"u8.ToArray(), "application/json; charset=iso-8859-11")),
            "oversized" => Requests.Json(path, good.With("what", new string('ก', 140_000))),
            "missing-category" => Requests.Json(path, good.Without("category")),
            "unknown-category" => Requests.Json(path, good.With("category", "gossip")),
            "missing-what" => Requests.Json(path, good.Without("what")),
            "blank-what" => Requests.Json(path, good.With("what", "   \n ")),
            "missing-who-when-where" => Requests.Json(path, good.Without("who", "when", "where")),
            "missing-how-known" => Requests.Json(path, good.Without("how_known")),
            "control-character" => Requests.Json(path, good.With("what", "เงิน\u0000สินบน")),
            "invalid-utf8" => Requests.RawJson(path, [.. "{\"category\":\"bribery\",\"what\":\"x\",\"how_known\":\"y\",\"where\":\""u8, 0xE0, 0xB8, 0x22, 0x7D]),
            "lone-surrogate" => Requests.RawJson(path, "{\"category\":\"bribery\",\"what\":\"x\",\"how_known\":\"y\",\"who\":\"\\ud800\"}"u8.ToArray()),
            "too-long" => Requests.Json(path, good.With("evidence", new string('x', 4001))),
            "number-instead-of-text" => Requests.RawJson(path, "{\"category\":\"bribery\",\"what\":\"x\",\"how_known\":\"y\",\"when\":2569}"u8.ToArray()),
            "unknown-field" => Requests.Json(path, good.With("name", "สมชาย")),
            "honeypot-filled" => Requests.Json(path, good.With("website", "http://spam.example")),
            "bad-submission-id" => Requests.Json(path, good.With("submission_id", "short")),
            "duplicate-after-null" => Requests.RawJson(path, "{\"category\":\"bribery\",\"what\":null,\"what\":\"x\",\"how_known\":\"y\",\"who\":\"z\"}"u8.ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static HttpRequestMessage AcceptJson(HttpRequestMessage request)
    {
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }
}
