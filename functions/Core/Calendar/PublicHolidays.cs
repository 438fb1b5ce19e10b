using System.Globalization;

namespace IntegritySite.Core.Calendar;

/// <summary>One calendar year's government holidays, as staff keep them in input/holidays/&lt;Buddhist year&gt;.txt.</summary>
/// <param name="Complete">False until someone has checked the list against the cabinet's announcement for the year
/// (lunar holidays, substitution days and special days change every year); deadlines counted over it are estimates.</param>
public sealed record HolidayYear(int BuddhistYear, bool Complete, IReadOnlyDictionary<DateOnly, string> Days);

/// <summary>A problem in a holiday file, at its line.</summary>
public sealed record HolidayFileError(int Line, string Message);

/// <summary>
/// Reads a holiday file. The format is a list, one holiday a line, so staff can edit it in a browser without YAML:
/// <code>
/// # comments start with #
/// status: incomplete        (or complete)
/// 2026-04-13 วันสงกรานต์
/// </code>
/// </summary>
public static class PublicHolidays
{
    public const string Folder = "holidays";

    public static (HolidayYear? Year, IReadOnlyList<HolidayFileError> Errors) Parse(string fileName, string text)
    {
        var errors = new List<HolidayFileError>();
        if (!int.TryParse(Path.GetFileNameWithoutExtension(fileName), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2500 or > 2700)
        {
            return (null, [new HolidayFileError(0, $"a holiday file is named by its Buddhist Era year, such as 2569.txt, not '{Path.GetFileName(fileName)}'")]);
        }
        var gregorian = year - ThaiDate.BuddhistEraOffset;
        bool? complete = null;
        var days = new SortedDictionary<DateOnly, string>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("status:", StringComparison.Ordinal))
            {
                complete = line["status:".Length..].Trim() switch
                {
                    "complete" => true,
                    "incomplete" => false,
                    var other => Error(number, $"status is 'complete' or 'incomplete', not '{other}'"),
                };
                continue;
            }
            var space = line.IndexOfAny([' ', '\t']);
            var dateText = space < 0 ? line : line[..space];
            var name = space < 0 ? "" : line[space..].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add(new HolidayFileError(number, $"'{dateText}' is not a date YYYY-MM-DD (Gregorian year, e.g. {gregorian}-04-13) followed by the holiday's name"));
            }
            else if (day.Year != gregorian)
            {
                errors.Add(new HolidayFileError(number, $"{dateText} is not in {gregorian} (the year {year} of this file; write Gregorian years)"));
            }
            else if (name.Length == 0)
            {
                errors.Add(new HolidayFileError(number, $"{dateText} needs the holiday's name after the date"));
            }
            else if (!days.TryAdd(day, name))
            {
                errors.Add(new HolidayFileError(number, $"{dateText} is listed twice"));
            }
        }
        if (complete is null)
        {
            errors.Add(new HolidayFileError(1, "the file needs a line 'status: complete' or 'status: incomplete'"));
        }
        return errors.Count > 0 ? (null, errors) : (new HolidayYear(year, complete!.Value, days), []);

        bool? Error(int line, string message)
        {
            errors.Add(new HolidayFileError(line, message));
            return false;
        }
    }
}
