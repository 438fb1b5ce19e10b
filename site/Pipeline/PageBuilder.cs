using IntegritySite.Site.Model;
using IntegritySite.Site.Pipeline.Kinds;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Rendering.Pages;

namespace IntegritySite.Site.Pipeline;

/// <summary>Render stage: each content kind's listing and document pages, the home and search pages, for every language.</summary>
public sealed class PageBuilder(PageRenderer renderer, IReadOnlyList<ContentKind> kinds)
{
    private readonly Dictionary<Type, ContentKind> _kindOf = kinds.ToDictionary(k => k.DocumentType);

    public async Task<IReadOnlyList<RenderedPage>> BuildAsync(PageViews views)
    {
        var site = views.Site;
        var jobs = new List<Func<Task<RenderedPage>>>();
        foreach (var language in site.Languages)
        {
            jobs.Add(() => Listing(views, language, typeof(HomePage), Routes.Home));
            foreach (var listing in kinds.Select(k => k.Listing).OfType<KindListing>())
            {
                jobs.Add(() => Listing(views, language, listing.Page, listing.Link.Route));
            }
            jobs.Add(async () => await Listing(views, language, typeof(SearchPage), Routes.Search) with { InSitemap = false });
            foreach (var document in site.WrittenIn(language))
            {
                jobs.Add(() => Document(views, document));
            }
        }
        jobs.Add(() => NotFound(views));

        return await Task.WhenAll(jobs.Select(job => job()));
    }

    private async Task<RenderedPage> Listing(PageViews views, Language language, Type page, Func<Language, string> route)
    {
        var translations = views.Site.Languages.ToDictionary(l => l, route);
        var view = views.For(language, route(language), translations);
        var html = await renderer.RenderAsync(page, new Dictionary<string, object?> { ["View"] = view });
        return new RenderedPage(view.Url, html, null, translations);
    }

    private async Task<RenderedPage> Document(PageViews views, ContentDocument document)
    {
        var translations = views.Site.Languages
            .Select(l => (Language: l, Translation: views.Site.TranslationOf(document, l)))
            .Where(t => t.Translation is not null)
            .ToDictionary(t => t.Language, t => Routes.Of(t.Translation!));
        var view = views.For(document.Language, Routes.Of(document), translations);
        var kind = _kindOf.GetValueOrDefault(document.GetType()) ?? throw new InvalidOperationException($"No content kind renders {document.GetType().Name}");
        var html = await renderer.RenderAsync(kind.DocumentPage, new Dictionary<string, object?> { ["View"] = view, [kind.DocumentParameter] = document });
        return new RenderedPage(view.Url, html, document, translations);
    }

    private async Task<RenderedPage> NotFound(PageViews views)
    {
        var view = views.For(Language.Th, "/404.html", new Dictionary<Language, string>());
        var html = await renderer.RenderAsync(typeof(NotFoundPage), new Dictionary<string, object?> { ["View"] = view });
        return new RenderedPage("/404.html", html, null, view.Translations, InSitemap: false);
    }
}
