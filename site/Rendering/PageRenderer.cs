using IntegritySite.Layout;
using Microsoft.AspNetCore.Components;

namespace IntegritySite.Site.Rendering;

/// <summary>The generator's pages rendered by the product's one component renderer (<see cref="ComponentHtml"/>, shared with the intake).</summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ComponentHtml _html = new();

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        _html.RenderAsync<TComponent>(parameters);

    /// <summary>Also for components chosen at run time (a content kind's page).</summary>
    public Task<string> RenderAsync(Type component, IDictionary<string, object?> parameters) => _html.RenderAsync(component, parameters);

    public ValueTask DisposeAsync() => _html.DisposeAsync();
}
