using System.Diagnostics.CodeAnalysis;
using IntegritySite.Layout;
using Microsoft.AspNetCore.Components;

namespace IntegritySite.Site.Rendering;

/// <summary>
/// The generator's pages rendered by the product's component renderer (<see cref="ComponentHtml"/>, shared with the
/// intake). A build renders a page per core at a time and spreads them over one <see cref="ComponentHtml"/> per core,
/// each sizing its buffer like the last page it wrote.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ComponentHtml[] _pool = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new ComponentHtml()).ToArray();
    private int _next;

    /// <summary>How many pages can render at once.</summary>
    public int Parallelism => _pool.Length;

    public Task<string> RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync(typeof(TComponent), parameters);

    /// <summary>Also for components chosen at run time (a content kind's page).</summary>
    public Task<string> RenderAsync([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, IDictionary<string, object?> parameters) =>
        _pool[(uint)Interlocked.Increment(ref _next) % _pool.Length].RenderAsync(component, parameters);

    public async ValueTask DisposeAsync()
    {
        foreach (var html in _pool)
        {
            await html.DisposeAsync();
        }
    }
}
