using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;
using IntegritySite.Site.Outputs;

namespace IntegritySite.Site.Rendering.Ita;

/// <summary>Renders the ITA index of every published year in every language (/ita/2564/, /en/ita/2564/) and the list of years (/ita/).</summary>
public sealed class ItaPageBuilder(PageRenderer renderer)
{
    public async Task<IReadOnlyList<RenderedPage>> BuildAsync(PageViews views, IReadOnlyList<YearCoverage> coverage)
    {
        if (coverage.Count == 0)
        {
            return [];
        }
        var jobs = coverage.SelectMany(year => views.Site.Languages.Select(language => Index(views, year, language, coverage)))
            .Concat(views.Site.Languages.Select(language => Years(views, language, coverage)));
        return await Task.WhenAll(jobs);
    }

    private async Task<RenderedPage> Years(PageViews views, Language language, IReadOnlyList<YearCoverage> coverage)
    {
        var translations = views.Site.Languages.ToDictionary(l => l, Routes.ItaYears);
        var view = views.For(language, Routes.ItaYears(language), translations);
        var html = await renderer.RenderAsync<ItaYearsPage>(new Dictionary<string, object?> { ["View"] = view, ["Years"] = coverage });
        return new RenderedPage(view.Url, html, null, translations);
    }

    private async Task<RenderedPage> Index(PageViews views, YearCoverage year, Language language, IReadOnlyList<YearCoverage> all)
    {
        var translations = views.Site.Languages.ToDictionary(l => l, l => Routes.ItaIndex(l, year.Year));
        var view = views.For(language, Routes.ItaIndex(language, year.Year), translations);
        var html = await renderer.RenderAsync<ItaIndexPage>(new Dictionary<string, object?>
        {
            ["View"] = view,
            ["Coverage"] = year,
            ["OtherYears"] = all.Where(y => y.Year != year.Year).Select(y => y.Year).ToList(),
        });
        return new RenderedPage(view.Url, html, null, translations);
    }
}
