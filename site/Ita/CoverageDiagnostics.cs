using IntegritySite.Site.Derive;
using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>
/// Tells staff, before the assessor does, which items score nothing: a missing item at its line of the catalogue,
/// stale evidence at the file that holds it. Warnings, or errors with <c>ita: { missing_is_error: true }</c>.
/// </summary>
public static class CoverageDiagnostics
{
    public static void Report(IReadOnlyList<YearCoverage> coverage, bool asErrors, DiagnosticBag diagnostics)
    {
        var severity = asErrors ? Severity.Error : Severity.Warning;
        foreach (var year in coverage)
        {
            foreach (var item in year.Items.Where(i => i.State == ItemState.Missing))
            {
                var at = item.Item.Location;
                diagnostics.Add(new Diagnostic(severity, at.Path, at.Line, at.Column,
                    $"ITA {year.Year} {item.Item.Code} ({item.Item.Title.Th}) has no evidence: tag a page with 'ita: [{item.Item.Code}]' or add it to {ItaFiles.Evidence}"));
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
}
