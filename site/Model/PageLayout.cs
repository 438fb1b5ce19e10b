namespace IntegritySite.Site.Model;

public enum PageLayout
{
    Page,
    ComplaintForm,
    ComplaintStatus,

    /// <summary>The page text, then the tables of input/data/complaint-statistics.yml (ITA o31).</summary>
    ComplaintStatistics,
}

public static class PageLayoutNames
{
    public static readonly IReadOnlyDictionary<string, PageLayout> ByKey = new Dictionary<string, PageLayout>(StringComparer.Ordinal)
    {
        ["page"] = PageLayout.Page,
        ["complaint-form"] = PageLayout.ComplaintForm,
        ["complaint-status"] = PageLayout.ComplaintStatus,
        ["complaint-statistics"] = PageLayout.ComplaintStatistics,
    };
}
