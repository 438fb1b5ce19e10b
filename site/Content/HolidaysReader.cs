using IntegritySite.Core.Calendar;
using IntegritySite.Site.Diagnostics;

namespace IntegritySite.Site.Content;

/// <summary>
/// Checks input/holidays/&lt;year&gt;.txt (read by the complaint intake for the 7-working-day notice; the site shows
/// nothing of it): errors at their line, and a warning while the year being built for has no list (once the folder
/// exists) or an unchecked one.
/// </summary>
public static class HolidaysReader
{
    public static IReadOnlyList<HolidayYear> Read(SiteSource source, DateOnly today, DiagnosticBag diagnostics)
    {
        var years = new List<HolidayYear>();
        foreach (var path in source.PathsUnder(PublicHolidays.Folder))
        {
            if (!path.EndsWith(".txt", StringComparison.Ordinal))
            {
                diagnostics.Error(path, 0, 0, "holidays/ holds one <Buddhist year>.txt per year, such as holidays/2569.txt");
                continue;
            }
            var (year, errors) = PublicHolidays.Parse(path, source.ReadText(path));
            foreach (var error in errors)
            {
                diagnostics.Error(path, error.Line, 0, error.Message);
            }
            if (year is not null)
            {
                years.Add(year);
            }
        }
        var current = today.Year + ThaiDate.BuddhistEraOffset;
        var file = $"{PublicHolidays.Folder}/{current}.txt";
        switch (years.FirstOrDefault(y => y.BuddhistYear == current))
        {
            // A site without holidays/ at all does not take complaints here; one that keeps lists must keep this year's.
            case null when source.PathsUnder(PublicHolidays.Folder).Any() && !source.PathsUnder(PublicHolidays.Folder).Contains(file):
                diagnostics.Warning(file, 0, 0, $"no government holidays for {current}: the complaint officer's 7-working-day notice counts weekends only (add {file})");
                break;
            case { Complete: false }:
                diagnostics.Warning(file, 0, 0, $"the holidays of {current} are marked incomplete: add the lunar, substitution and special days from the cabinet's announcement, then 'status: complete'");
                break;
        }
        return years;
    }
}
