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
/// generator's pages at build time, the intake's pages per request. Safe for concurrent callers: every render runs on
/// the renderer's dispatcher, one at a time, and the components keep no state between renders.
/// </summary>
public sealed class ComponentHtml : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    // A page is written into a buffer sized like the page before it, not into one that grows by copying
    // (ToHtmlString's), which was a third of the generator's garbage. Sized, not reused: the intake's and the officer
    // desk's renderers live as long as the process, and a reused buffer would keep the last page (a complaint's
    // text) in memory until the next one overwrote it.
    private int _lastLength = 16 * 1024;

    public ComponentHtml()
    {
        // Thai text is written as text, not as &#xE21; entities: smaller pages and readable source.
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync(typeof(TComponent), parameters);

    /// <summary>Also for components chosen at run time (a content kind's page).</summary>
    public Task<string> RenderAsync([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, IDictionary<string, object?> parameters) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
            var html = new StringBuilder(_lastLength + _lastLength / 8);
            using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
            {
                output.WriteHtmlTo(writer);
            }
            _lastLength = html.Length;
            return html.ToString();
        });

    /// <summary>
    /// A whole page for the strict HTML check (the intake's, the officer desk's): the renderer writes void elements
    /// XML-style (&lt;input … /&gt;), HTML has no self-closing tags and the Nu checker says so. Safe to rewrite: every
    /// '&gt;' in text or in an attribute value is written encoded, as &amp;gt;.
    /// </summary>
    public async Task<string> RenderDocumentAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        (await RenderAsync<TComponent>(parameters)).Replace(" />", ">", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
