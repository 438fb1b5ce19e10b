using System.Globalization;
using System.Text;
using IntegritySite.Intake.Service;

namespace IntegritySite.Officer.Statistics;

/// <summary>
/// input/data/complaint-statistics.yml for the site (read there by ComplaintStatisticsReader). Counts only:
/// the same figures the statistics endpoint gives, so nothing in the file can point at a complaint or a reporter.
/// </summary>
internal static class StatisticsYaml
{
    public static string Write(int year, ComplaintStatistics statistics)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# ITA o31: corruption-complaint statistics, written by `officer stats --fiscal-year {year}`.");
        yaml.AppendLine("# Counts only. received = in_progress + completed; completed includes complaints closed for lack of facts,");
        yaml.AppendLine("# in_progress those awaiting review or more information from the reporter. Months by Bangkok submission date.");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"fiscal_year: {year}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"as_of: {statistics.AsOf}");
        yaml.AppendLine("by_category:");
        foreach (var row in statistics.ByCategory)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  {row.Category}: {Counts(row.Counts)}");
        }
        yaml.AppendLine("by_month:");
        foreach (var row in statistics.ByMonth)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ month: {row.Month}, {Counts(row.Counts)[2..]}");
        }
        return yaml.ToString();
    }

    private static string Counts(GroupCounts counts) =>
        string.Create(CultureInfo.InvariantCulture, $"{{ received: {counts.Received}, in_progress: {counts.InProgress}, completed: {counts.Completed} }}");
}
