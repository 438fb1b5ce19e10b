using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Ita;

/// <summary>
/// The coverage as JSON for CI annotations and dashboards. The site's copy (ita/coverage.json) has no "today" so that
/// every build writes the same bytes; <c>check --coverage-json</c> adds today's date and the deadlines.
/// </summary>
public static class CoverageJson
{
    public const string SitePath = "ita/coverage.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(IReadOnlyList<YearCoverage> coverage, SiteModel site, DateOnly? today = null, IReadOnlyList<ItaDeadline>? deadlines = null)
    {
        var payload = new
        {
            Organisation = site.Config.Name,
            Today = today is null ? null : Iso(today.Value),
            ScoringModel = "item present = 1 (partial, stale, missing = 0); sub-indicator = share of its items present; indicator = weighted mean of its sub-indicators; OIT = weighted mean of the indicators (equal weights unless the year's list gives them)",
            Years = coverage.Select(year => Year(year, site)),
            Deadlines = deadlines?.Select(d => new
            {
                d.Year,
                d.Item.Code,
                TitleTh = d.Item.Title.Th,
                DueAfter = Iso(d.DueAfter),
                d.DaysLeft,
                Source = Source(d.Item.Location),
            }),
        };
        return JsonSerializer.Serialize(payload, Options) + "\n";
    }

    private static object Year(YearCoverage year, SiteModel site) => new
    {
        year.Year,
        Title = year.Catalogue.Title,
        year.Catalogue.Sources,
        Unverified = year.Catalogue.Items.Count(i => i.Uncertain),
        Url = site.Config.Absolute(Routes.ItaIndex(Language.Th, year.Year)),
        Scores = new
        {
            Oit = ItaScoring.Round(year.Score.Oit),
            Indicators = year.Score.Indicators.Select(indicator => new
            {
                indicator.Indicator.Code,
                Title = indicator.Indicator.Title,
                Score = ItaScoring.Round(indicator.Score),
                SubIndicators = indicator.SubIndicators.Select(sub => new
                {
                    sub.SubIndicator.Code,
                    Title = sub.SubIndicator.Title,
                    sub.Items,
                    sub.Present,
                    sub.Partial,
                    sub.Stale,
                    sub.Missing,
                    Score = ItaScoring.Round(sub.Score),
                }),
            }),
        },
        Items = year.Items.Select(item => new
        {
            item.Item.Code,
            item.Item.SubIndicator,
            Title = item.Item.Title,
            State = item.State.Key(),
            Period = item.Item.Period.Key(),
            PeriodStart = item.Window is null ? null : Iso(item.Window.Start),
            PeriodEnd = item.Window is null ? null : Iso(item.Window.End),
            item.Item.Uncertain,
            item.Item.Note,
            RequiredElements = item.Item.Elements,
            MissingElements = item.MissingElements.Select(e => e.Key),
            Source = Source(item.Item.Location),
            Evidence = item.Evidence.Select(match => new
            {
                Url = EvidenceLinks.AbsoluteUrl(match.Evidence, site),
                Title = EvidenceLinks.Title(match.Evidence, site),
                match.Evidence.Tag,
                Dates = match.Evidence.Dates.Select(Iso),
                match.InPeriod,
                Source = Source(match.Evidence.Location),
            }),
        }),
    };

    private static string Source(SourceLocation location) =>
        location.Line > 0 ? $"{location.Path}:{location.Line}:{location.Column}" : location.Path;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
