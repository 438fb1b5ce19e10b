using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Ita;

/// <summary>
/// The coverage as JSON for CI annotations and dashboards. The site's copy (ita/coverage.json) has no "today" so that
/// every build writes the same bytes; <c>check --coverage-json</c> adds today's date and the deadlines.
/// </summary>
public static partial class CoverageJson
{
    public const string SitePath = "ita/coverage.json";

    /// <summary>Serialised by generated code (no reflection), so the native build writes the same file.</summary>
    private static readonly CoverageJsonContext Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    public static string Write(IReadOnlyList<YearCoverage> coverage, SiteModel site, DateOnly? today = null, IReadOnlyList<ItaDeadline>? deadlines = null)
    {
        var payload = new Payload(
            site.Config.Name,
            today is null ? null : Iso(today.Value),
            "item present = 1 (partial, stale, missing = 0); sub-indicator = share of its items present; indicator = weighted mean of its sub-indicators; OIT = weighted mean of the indicators (equal weights unless the year's list gives them)",
            coverage.Select(year => Year(year, site)),
            deadlines?.Select(d => new DeadlineJson(d.Year, d.Item.Code, d.Item.Title.Th, Iso(d.DueAfter), d.DaysLeft, Source(d.Item.Location))));
        return JsonSerializer.Serialize(payload, Json.Payload) + "\n";
    }

    private static YearJson Year(YearCoverage year, SiteModel site) => new(
        year.Year,
        year.Catalogue.Title,
        year.Catalogue.Sources,
        year.Catalogue.Items.Count(i => i.Uncertain),
        site.Config.Absolute(Routes.ItaIndex(Language.Th, year.Year)),
        new ScoresJson(
            ItaScoring.Round(year.Score.Oit),
            year.Score.Indicators.Select(indicator => new IndicatorJson(
                indicator.Indicator.Code,
                indicator.Indicator.Title,
                ItaScoring.Round(indicator.Score),
                indicator.SubIndicators.Select(sub => new SubIndicatorJson(
                    sub.SubIndicator.Code, sub.SubIndicator.Title, sub.Items, sub.Present, sub.Partial, sub.Stale, sub.Missing,
                    ItaScoring.Round(sub.Score)))))),
        year.Items.Select(item => new ItemJson(
            item.Item.Code,
            item.Item.SubIndicator,
            item.Item.Title,
            item.State.Key(),
            item.Item.Period.Key(),
            item.Window is null ? null : Iso(item.Window.Start),
            item.Window is null ? null : Iso(item.Window.End),
            item.Item.Uncertain,
            item.Item.Note,
            item.Item.Elements,
            item.MissingElements.Select(e => e.Key),
            Source(item.Item.Location),
            item.Evidence.Select(match => new EvidenceJson(
                EvidenceLinks.AbsoluteUrl(match.Evidence, site),
                EvidenceLinks.Title(match.Evidence, site),
                match.Evidence.Tag,
                match.Evidence.Dates.Select(Iso),
                match.InPeriod,
                Source(match.Evidence.Location))))));

    private sealed record Payload(LocalizedText Organisation, string? Today, string ScoringModel, IEnumerable<YearJson> Years, IEnumerable<DeadlineJson>? Deadlines);

    private sealed record DeadlineJson(int Year, string Code, string TitleTh, string DueAfter, int DaysLeft, string Source);

    private sealed record YearJson(int Year, LocalizedText Title, IReadOnlyList<string> Sources, int Unverified, string Url, ScoresJson Scores, IEnumerable<ItemJson> Items);

    private sealed record ScoresJson(decimal Oit, IEnumerable<IndicatorJson> Indicators);

    private sealed record IndicatorJson(string Code, LocalizedText Title, decimal Score, IEnumerable<SubIndicatorJson> SubIndicators);

    private sealed record SubIndicatorJson(string Code, LocalizedText Title, int Items, int Present, int Partial, int Stale, int Missing, decimal Score);

    private sealed record ItemJson(
        string Code, string SubIndicator, LocalizedText Title, string State, string Period, string? PeriodStart, string? PeriodEnd,
        bool Uncertain, string? Note, IReadOnlyList<string> RequiredElements, IEnumerable<string> MissingElements, string Source,
        IEnumerable<EvidenceJson> Evidence);

    private sealed record EvidenceJson(string Url, LocalizedText Title, string Tag, IEnumerable<string> Dates, bool InPeriod, string Source);

    [JsonSerializable(typeof(Payload))]
    private sealed partial class CoverageJsonContext : JsonSerializerContext;

    private static string Source(SourceLocation location) =>
        location.Line > 0 ? $"{location.Path}:{location.Line}:{location.Column}" : location.Path;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
