using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegritySite.Layout;

/// <summary>
/// Renders compiled Razor components to HTML strings with <see cref="HtmlRenderer"/> (no runtime Razor compile): the
/// generator's pages at build time, the intake's pages per request. Safe for concurrent callers: each render has its
/// own renderer, disposed when the HTML is written.
/// </summary>
/// <remarks>
/// A renderer keeps every component it has rendered, with its parameters and render tree, until it is disposed
/// (HtmlRenderer has no way to remove a root component). One renderer for many pages would keep them all: the
/// generator's pages as survivors the collector copies again and again (about 40 KB per page), and the intake's and the
/// officer desk's pages — a complaint's text — for as long as the process lives. A renderer per page costs less than
/// that (measured: 2,000 renders of a 300-element component 270 → 170 ms, 73 → 34 KB allocated each).
/// </remarks>
public sealed class ComponentHtml : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    // A page is written into a buffer sized like the page before it, not into one that grows by copying
    // (ToHtmlString's), which was a third of the generator's garbage. Sized, not reused: the intake's and the officer
    // desk's live as long as the process, and a reused buffer would keep the last page (a complaint's text) in memory
    // until the next one overwrote it.
    private int _lastLength = 16 * 1024;

    public ComponentHtml()
    {
        // Thai text is written as text, not as &#xE21; entities: smaller pages and readable source.
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
    }

    public Task<string> RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync(typeof(TComponent), parameters);

    /// <summary>Also for components chosen at run time (a content kind's page).</summary>
    public async Task<string> RenderAsync([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, IDictionary<string, object?> parameters)
    {
        await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
            var html = new StringBuilder(_lastLength + _lastLength / 8);
            using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
            {
                output.WriteHtmlTo(writer);
            }
            _lastLength = html.Length;
            return html.ToString();
        });
    }

    /// <summary>
    /// A whole page for the strict HTML check (the intake's, the officer desk's): the renderer writes void elements
    /// XML-style (&lt;input … /&gt;), HTML has no self-closing tags and the Nu checker says so. Safe to rewrite: every
    /// '&gt;' in text or in an attribute value is written encoded, as &amp;gt;.
    /// </summary>
    public async Task<string> RenderDocumentAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        (await RenderAsync<TComponent>(parameters)).Replace(" />", ">", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
    }
}
