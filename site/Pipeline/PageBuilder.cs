using System.Diagnostics.CodeAnalysis;
using IntegritySite.Site.Model;
using IntegritySite.Site.Pipeline.Kinds;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Rendering.Pages;

namespace IntegritySite.Site.Pipeline;

/// <summary>Plans the render stage: each content kind's listing and document pages, the home and search pages, for every language.</summary>
public sealed class PageBuilder(IReadOnlyList<ContentKind> kinds)
{
    private readonly Dictionary<Type, ContentKind> _kindOf = kinds.ToDictionary(k => k.DocumentType);

    /// <param name="before">The last build: a document's job is taken over when the document and its translations are
    /// the same objects (a job is plain data and a closure over the document).</param>
    public IReadOnlyList<PageJob> Jobs(PageViews views, BuildState? before = null)
    {
        var site = views.Site;
        var jobs = new List<PageJob>();
        foreach (var language in site.Languages)
        {
            jobs.Add(Listing(views, language, typeof(HomePage), Routes.Home));
            foreach (var listing in kinds.Select(k => k.Listing).OfType<KindListing>())
            {
                jobs.Add(Listing(views, language, listing.Page, listing.Link.Route));
            }
            jobs.Add(Listing(views, language, typeof(SearchPage), Routes.Search) with { InSitemap = false });
            foreach (var document in site.WrittenIn(language))
            {
                jobs.Add(Earlier(before, site, document) ?? Document(views, document));
            }
        }
        jobs.Add(new PageJob("/404.html", Language.Th, null, new Dictionary<Language, string>(), typeof(NotFoundPage), ViewOnly, InSitemap: false));
        return jobs;
    }

    private static IDictionary<string, object?> ViewOnly(PageView view) => new Dictionary<string, object?> { ["View"] = view };

    private static PageJob Listing(PageViews views, Language language, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type page, Func<Language, string> route) =>
        new(route(language), language, null, views.Site.Languages.ToDictionary(l => l, route), page, ViewOnly);

    private static PageJob? Earlier(BuildState? before, SiteModel site, ContentDocument document) =>
        before?.Pages.GetValueOrDefault(Routes.Of(document)) is { Job: var job }
        && ReferenceEquals(job.Source, document)
        && site.Languages.All(l => ReferenceEquals(before.Model.TranslationOf(document, l), site.TranslationOf(document, l)))
            ? job
            : null;

    private PageJob Document(PageViews views, ContentDocument document)
    {
        var translations = new Dictionary<Language, string>(views.Site.Languages.Count);
        foreach (var language in views.Site.Languages)
        {
            if (views.Site.TranslationOf(document, language) is { } translation)
            {
                translations[language] = Routes.Of(translation);
            }
        }
        var kind = _kindOf.GetValueOrDefault(document.GetType()) ?? throw new InvalidOperationException($"No content kind renders {document.GetType().Name}");
        return new PageJob(Routes.Of(document), document.Language, document, translations, kind.DocumentPage,
            view => new Dictionary<string, object?> { ["View"] = view, [kind.DocumentParameter] = document });
    }
}
