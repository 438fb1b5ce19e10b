using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Rendering.Pages;
using Microsoft.AspNetCore.Components;

namespace IntegritySite.Site.Pipeline;

/// <summary>Render stage: one Razor component per page kind, for every language.</summary>
public sealed class PageBuilder(PageRenderer renderer)
{
    public async Task<IReadOnlyList<RenderedPage>> BuildAsync(PageViews views)
    {
        var site = views.Site;
        var jobs = new List<Func<Task<RenderedPage>>>();
        foreach (var language in site.Languages)
        {
            jobs.Add(() => Listing<HomePage>(views, language, Routes.Home));
            jobs.Add(() => Listing<MeasuresIndexPage>(views, language, Routes.MeasuresIndex));
            jobs.Add(() => Listing<AnnouncementsIndexPage>(views, language, Routes.AnnouncementsIndex));
            jobs.Add(() => Listing<ReportsIndexPage>(views, language, Routes.ReportsIndex));
            jobs.Add(async () => await Listing<SearchPage>(views, language, Routes.Search) with { InSitemap = false });
            foreach (var document in site.WrittenIn(language))
            {
                jobs.Add(() => Document(views, document));
            }
        }
        jobs.Add(() => NotFound(views));

        return await Task.WhenAll(jobs.Select(job => job()));
    }

    private async Task<RenderedPage> Listing<TPage>(PageViews views, Language language, Func<Language, string> route) where TPage : IComponent
    {
        var translations = views.Site.Languages.ToDictionary(l => l, route);
        var view = views.For(language, route(language), translations);
        var html = await renderer.RenderAsync<TPage>(new Dictionary<string, object?> { ["View"] = view });
        return new RenderedPage(view.Url, html, null, translations);
    }

    private async Task<RenderedPage> Document(PageViews views, ContentDocument document)
    {
        var translations = views.Site.Languages
            .Select(l => (Language: l, Translation: views.Site.TranslationOf(document, l)))
            .Where(t => t.Translation is not null)
            .ToDictionary(t => t.Language, t => Routes.Of(t.Translation!));
        var view = views.For(document.Language, Routes.Of(document), translations);
        var html = document switch
        {
            Measure measure => await Render<MeasurePage>(view, "Measure", measure),
            Announcement announcement => await Render<AnnouncementPage>(view, "Announcement", announcement),
            Report report => await Render<ReportPage>(view, "Report", report),
            Page page => await Render<ContentPage>(view, "Page", page),
            _ => throw new InvalidOperationException($"No template for {document.GetType().Name}"),
        };
        return new RenderedPage(view.Url, html, document, translations);
    }

    private Task<string> Render<TPage>(PageView view, string parameter, ContentDocument document) where TPage : IComponent =>
        renderer.RenderAsync<TPage>(new Dictionary<string, object?> { ["View"] = view, [parameter] = document });

    private async Task<RenderedPage> NotFound(PageViews views)
    {
        var view = views.For(Language.Th, "/404.html", new Dictionary<Language, string>());
        var html = await renderer.RenderAsync<NotFoundPage>(new Dictionary<string, object?> { ["View"] = view });
        return new RenderedPage("/404.html", html, null, view.Translations, InSitemap: false);
    }
}
