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

        var context = new DefaultHttpContext { Request = { Path = "/../output-private/secret.txt" } };
        context.Response.Body = new MemoryStream();
        await new StaticSiteFiles(output, injectLiveReload: false).ServeAsync(context);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Equal(0, context.Response.Body.Length);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
