using System.Diagnostics.CodeAnalysis;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>
/// One page to render, known before it is rendered: its address, language, source document and translations, and the
/// component with its parameters. The render stage decides whether an earlier build's page can stand for it.
/// </summary>
/// <param name="Parameters">The component's parameters for the page's view (the view holds the site as this page reads it).</param>
public sealed record PageJob(
    string Url,
    Language Language,
    ContentDocument? Source,
    IReadOnlyDictionary<Language, string> Translations,
    [property: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type Component,
    Func<PageView, IDictionary<string, object?>> Parameters,
    bool InSitemap = true)
{
    public async Task<RenderedPage> RenderAsync(PageRenderer renderer, PageViews views, SiteReads? reads = null)
    {
        var view = views.For(Language, Url, Translations, reads);
        var html = await renderer.RenderAsync(Component, Parameters(view));
        return new RenderedPage(Url, html, Source, Translations, InSitemap);
    }
}
