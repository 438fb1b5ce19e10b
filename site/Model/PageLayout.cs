namespace IntegritySite.Site.Model;

public enum PageLayout
{
    Page,
    ComplaintForm,
    ComplaintStatus,
}

public static class PageLayoutNames
{
    public static readonly IReadOnlyDictionary<string, PageLayout> ByKey = new Dictionary<string, PageLayout>(StringComparer.Ordinal)
    {
        ["page"] = PageLayout.Page,
        ["complaint-form"] = PageLayout.ComplaintForm,
        ["complaint-status"] = PageLayout.ComplaintStatus,
    };
}
