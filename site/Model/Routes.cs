
namespace IntegritySite.Site.Model;

/// <summary>The one place that knows every page's address (clean URLs: a folder with index.html).</summary>
public static class Routes
{
    public static string Home(Language language) => language.UrlPrefix();

    public static string MeasuresIndex(Language language) => $"{language.UrlPrefix()}measures/";

    public static string AnnouncementsIndex(Language language) => $"{language.UrlPrefix()}announcements/";

    public static string ReportsIndex(Language language) => $"{language.UrlPrefix()}reports/";

    public static string Search(Language language) => $"{language.UrlPrefix()}search/";

    public static string Feed(Language language) => $"{language.UrlPrefix()}feed.xml";

    /// <summary>The page the municipality sends ITA assessors to: every OIT item of a year with its evidence.</summary>
    public static string ItaIndex(Language language, int year) => $"{language.UrlPrefix()}ita/{year}/";

    public static string ItaYears(Language language) => $"{language.UrlPrefix()}ita/";

    public static string Of(ContentDocument document) => document.Url;

    internal static string Address(ContentDocument document) => document.Section.Length == 0
        ? $"{document.Language.UrlPrefix()}{document.Slug}/"
        : $"{document.Language.UrlPrefix()}{document.Section}/{document.Slug}/";

    /// <summary>Every document by its address (the first one wins if two share it; the validator reports that).</summary>
    public static IReadOnlyDictionary<string, ContentDocument> ByUrl(IEnumerable<ContentDocument> documents)
    {
        var byUrl = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byUrl.TryAdd(Of(document), document);
        }
        return byUrl;
    }

    public const string Stylesheet = IntegritySite.Layout.PageFrame.Stylesheet;
    public const string SearchScript = "/assets/search.js";

    /// <summary>Declared on every page, so browsers do not ask for a missing /favicon.ico.</summary>
    public const string Favicon = IntegritySite.Layout.PageFrame.Favicon;

    /// <summary>pagefind's own UI and index, written into the staged site by <see cref="Publishing.SearchIndexer"/>.</summary>
    public const string PagefindUiScript = "/pagefind/pagefind-ui.js";
    public const string PagefindUiStylesheet = "/pagefind/pagefind-ui.css";
    public const string MeasuresJson = "/measures.json";
    public const string MeasuresCsv = "/measures.csv";
    public const string ItaCoverageJson = "/ita/coverage.json";
    /// <summary>The form posts here first: the intake answers a check-before-sending page, whose Send form carries a fresh submission id.</summary>
    public const string ComplaintCheckApi = IntegritySite.Core.Complaints.ComplaintRoutes.CheckApi;
    public const string ComplaintStatusApi = IntegritySite.Core.Complaints.ComplaintRoutes.StatusApi;

    /// <summary>The file a URL is written to: <c>/measures/</c> → <c>measures/index.html</c>.</summary>
    public static string FileOf(string url) => url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
