namespace IntegritySite.Officer.Statistics;

/// <summary>Counting a fiscal year through the intake, as the CLI and the desk both do.</summary>
internal static class FiscalYearStatistics
{
    /// <summary>The year's counts; null when the year has not started (there is nothing to count, and no file to write).</summary>
    public static async Task<ComplaintStatistics?> CountAsync(Api.IntakeApiClient api, int buddhistYear)
    {
        var range = FiscalCalendar.Thai.FiscalYear(buddhistYear);
        var statistics = await api.GetStatisticsAsync(range.Start, range.End);
        return string.CompareOrdinal(statistics.AsOf, statistics.From) < 0 ? null : statistics;
    }
}
