namespace IntegritySite.Intake.Service;

/// <summary>Loads the working-day calendar from <see cref="IntakeOptions.PublicHolidaysFolder"/>; a bad file stops the start, named at its line.</summary>
public static class HolidayFolder
{
    public static WorkingDays Load(string folder)
    {
        if (folder.Length == 0 || !Directory.Exists(folder))
        {
            return WorkingDays.WeekendsOnly;
        }
        var years = new List<HolidayYear>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var (year, errors) = PublicHolidays.Parse(path, File.ReadAllText(path));
            if (year is null)
            {
                throw new InvalidOperationException(string.Join("\n", errors.Select(e => $"{path}:{e.Line}: {e.Message}")));
            }
            years.Add(year);
        }
        return new WorkingDays(years);
    }
}
