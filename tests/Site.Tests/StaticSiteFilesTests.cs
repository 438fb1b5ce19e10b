using IntegritySite.Site.Serve;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Site.Tests;

public sealed class StaticSiteFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("integritysite-test-").FullName;

    [Fact]
    public async Task A_path_out_of_output_into_a_folder_with_the_same_prefix_is_refused()
    {
        var output = Directory.CreateDirectory(Path.Combine(_root, "output")).FullName;
        File.WriteAllText(Path.Combine(output, "404.html"), "not found");
        Directory.CreateDirectory(Path.Combine(_root, "output-private"));
        File.WriteAllText(Path.Combine(_root, "output-private", "secret.txt"), "secret");

        var context = new DefaultHttpContext { Request = { Method = "GET", Path = "/../output-private/secret.txt" } };
        context.Response.Body = new MemoryStream();
        await new StaticSiteFiles(output, injectLiveReload: false).ServeAsync(context);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Equal(0, context.Response.Body.Length);
    }

    [Theory]
    [InlineData("/%2F%2Fevil.example%2F..%2Fmeasures")]
    [InlineData("//evil.example/../measures")]
    [InlineData("/%E0%B8%81%2F..%2Fmeasures")]
    [InlineData("/measures/./")]
    [InlineData("/measures\\..\\secret")]
    public async Task Encoded_separators_and_dot_segments_are_refused_never_redirected_off_site(string path)
    {
        var output = SiteWithMeasures();
        var context = await ServeAsync(output, "GET", path);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Location"));
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_the_same_folder_on_this_site()
    {
        var output = SiteWithMeasures();
        Directory.CreateDirectory(Path.Combine(output, "รายงาน"));
        File.WriteAllText(Path.Combine(output, "รายงาน", "index.html"), "<p>th</p>");

        Assert.Equal("/measures/?a=1", (await ServeAsync(output, "GET", "/measures", "?a=1")).Response.Headers.Location.ToString());
        Assert.Equal("/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99/", (await ServeAsync(output, "GET", "/รายงาน")).Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_than_get_and_head_are_405(string method)
    {
        var context = await ServeAsync(SiteWithMeasures(), method, "/measures/");

        Assert.Equal(StatusCodes.Status405MethodNotAllowed, context.Response.StatusCode);
        Assert.Equal("GET, HEAD", context.Response.Headers.Allow.ToString());
    }

    [Fact]
    public async Task Head_answers_the_headers_without_the_body()
    {
        var context = await ServeAsync(SiteWithMeasures(), "HEAD", "/measures/");

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("<p>measures</p>".Length, context.Response.ContentLength);
        Assert.Equal(0, context.Response.Body.Length);
    }

    [Fact]
    public async Task Serve_sends_the_headers_the_static_host_config_names_no_store_on_complaint_pages_only()
    {
        var output = SiteWithMeasures();
        Directory.CreateDirectory(Path.Combine(output, "report-corruption"));
        File.WriteAllText(Path.Combine(output, "report-corruption", "index.html"), "<p>form</p>");
        File.WriteAllText(Path.Combine(output, "staticwebapp.config.json"), """
            {"globalHeaders": {"Referrer-Policy": "no-referrer", "X-Test": "from-config"},
             "routes": [{"route": "/report-corruption/*", "headers": {"Cache-Control": "no-store"}}]}
            """);

        var form = await ServeAsync(output, "GET", "/report-corruption/");
        var measures = await ServeAsync(output, "GET", "/measures/");

        Assert.Equal("no-store", form.Response.Headers.CacheControl.ToString());
        Assert.Equal("from-config", form.Response.Headers["X-Test"].ToString());
        Assert.Equal("", measures.Response.Headers.CacheControl.ToString());
        Assert.Equal("no-referrer", measures.Response.Headers["Referrer-Policy"].ToString());
    }

    private string SiteWithMeasures()
    {
        var output = Directory.CreateDirectory(Path.Combine(_root, "output")).FullName;
        File.WriteAllText(Path.Combine(output, "404.html"), "not found");
        Directory.CreateDirectory(Path.Combine(output, "measures"));
        File.WriteAllText(Path.Combine(output, "measures", "index.html"), "<p>measures</p>");
        return output;
    }

    private static async Task<HttpContext> ServeAsync(string output, string method, string path, string query = "")
    {
        var context = new DefaultHttpContext { Request = { Method = method, Path = path, QueryString = new QueryString(query.Length == 0 ? null : query) } };
        context.Response.Body = new MemoryStream();
        await new StaticSiteFiles(output, injectLiveReload: false).ServeAsync(context);
        return context;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
