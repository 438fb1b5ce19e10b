using IntegritySite.Site.Derive;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>
/// Tells staff, before the assessor does, which items score nothing: a missing item at its line of the catalogue,
/// stale evidence at the file that holds it, a partial item at its evidence with the elements it lacks.
/// Warnings, or errors with <c>ita: { missing_is_error: true }</c>.
/// </summary>
public static class CoverageDiagnostics
{
    public static void Report(IReadOnlyList<YearCoverage> coverage, ItaTagResolver tags, bool asErrors, DiagnosticBag diagnostics)
    {
        var severity = asErrors ? Severity.Error : Severity.Warning;
        foreach (var year in coverage)
        {
            foreach (var item in year.Items.Where(i => i.State == ItemState.Missing))
            {
                var at = item.Item.Location;
                diagnostics.Add(new Diagnostic(severity, at.Path, at.Line, at.Column,
                    $"ITA {year.Year} {item.Item.Code} ({item.Item.Title.Th}) has no evidence: tag a page with 'ita: [{TagFor(item.Item, year.Year, tags)}]' or add it to {ItaFiles.Evidence}"));
            }
            foreach (var item in year.Items.Where(i => i.State == ItemState.Partial))
            {
                var at = item.InPeriodAt!;
                var missing = string.Join("; ", item.MissingElements.Select(e => $"{e.Name.En} ({e.Key}: {e.HowToAdd})"));
                diagnostics.Add(new Diagnostic(severity, at.Path, at.Line, at.Column,
                    $"ITA {year.Year} {item.Item.Code} ({item.Item.Title.Th}) is partial: its evidence lacks {missing}"));
            }
            foreach (var item in year.Items.Where(i => i.State == ItemState.Stale))
            {
                foreach (var match in item.Evidence)
                {
                    var at = match.Evidence.Location;
                    var dates = string.Join(", ", match.Evidence.Dates.Select(d => ThaiDates.Format(d, Language.En)));
                    diagnostics.Add(new Diagnostic(severity, at.Path, at.Line, at.Column,
                        $"ITA {year.Year} {item.Item.Code} ({item.Item.Title.Th}) is out of date: this evidence is dated {dates}, outside {PeriodText.Describe(item.Item.Period, item.Window, Language.En)}"));
                }
            }
        }
    }

    /// <summary>The tag to suggest: the item's concept when the crosswalk has one (it then counts in every year), else its bare code where that means it, else YEAR:CODE.</summary>
    private static string TagFor(ItaItem item, int year, ItaTagResolver tags) =>
        tags.Crosswalk.ConceptsOf(year, item.Code).FirstOrDefault()?.Key
        ?? (tags.Resolve(item.Code).Targets.Contains(new ItaTarget(year, item.Code)) ? item.Code : $"{year}:{item.Code}");
}
