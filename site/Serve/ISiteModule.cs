using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegritySite.Site.Serve;

/// <summary>
/// Something `serve` hosts beside the built site, on the same origin: in the product, the complaint intake
/// (functions/LocalSite). The generator knows it only through this, so it compiles against nothing of the intake.
/// </summary>
public interface ISiteModule : IAsyncDisposable
{
    void AddServices(IServiceCollection services);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}

/// <summary>Starts the module for `serve`, with the command-line options it adds to that command.</summary>
public interface ISiteModuleProvider
{
    IReadOnlyList<Option> Options { get; }

    Task<ISiteModule> StartAsync(ParseResult parse, string repoRoot, TextWriter log, CancellationToken ct);
}
