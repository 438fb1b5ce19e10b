using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering.Ita;

/// <summary>Plans the ITA index of every published year in every language (/ita/2564/, /en/ita/2564/) and the list of years (/ita/).</summary>
public static class ItaPageBuilder
{
    public static IReadOnlyList<PageJob> Jobs(PageViews views, IReadOnlyList<YearCoverage> coverage)
    {
        if (coverage.Count == 0)
        {
            return [];
        }
        var languages = views.Site.Languages;
        return coverage.SelectMany(year => languages.Select(language => Index(languages, year, language, coverage)))
            .Concat(languages.Select(language => Years(languages, language, coverage)))
            .ToList();
    }

    private static PageJob Years(IReadOnlyList<Language> languages, Language language, IReadOnlyList<YearCoverage> coverage) =>
        new(Routes.ItaYears(language), language, null, languages.ToDictionary(l => l, Routes.ItaYears), typeof(ItaYearsPage), view =>
        {
            view.Site.Record(SiteRead.ItaCoverage);
            return new Dictionary<string, object?> { ["View"] = view, ["Years"] = coverage };
        });

    private static PageJob Index(IReadOnlyList<Language> languages, YearCoverage year, Language language, IReadOnlyList<YearCoverage> all) =>
        new(Routes.ItaIndex(language, year.Year), language, null, languages.ToDictionary(l => l, l => Routes.ItaIndex(l, year.Year)), typeof(ItaIndexPage), view =>
        {
            view.Site.Record(SiteRead.ItaCoverage);
            return new Dictionary<string, object?>
            {
                ["View"] = view,
                ["Coverage"] = year,
                ["OtherYears"] = all.Where(y => y.Year != year.Year).Select(y => y.Year).ToList(),
            };
        });
}
