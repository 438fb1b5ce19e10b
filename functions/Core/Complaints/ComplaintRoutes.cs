using IntegritySite.Core.Text;

namespace IntegritySite.Core.Complaints;

/// <summary>
/// Where the complaint channel lives, for the generator (form actions, links), the intake (its routes, its links back)
/// and the function app (whose routes are written without the "/api/" prefix): one table instead of three.
/// </summary>
public static class ComplaintRoutes
{
    public const string ApiPrefix = "/api/";

    public const string Submit = "complaints";
    public const string Check = "complaints/check";
    public const string Status = "complaints/status";

    /// <summary>Officer API: one evidence file's ciphertext (the officer's tools decrypt it).</summary>
    public const string OfficerAttachment = "officer/complaints/{id}/attachments/{blob}";

    public static string OfficerAttachmentApi(string id, string blob) => ApiPrefix + $"officer/complaints/{id}/attachments/{blob}";

    /// <summary>Stores a complaint (the Send form, and JSON clients).</summary>
    public const string SubmitApi = ApiPrefix + Submit;

    /// <summary>The site's form posts here first; answers the check-before-sending page and stores nothing.</summary>
    public const string CheckApi = ApiPrefix + Check;

    /// <summary>Status, replies and follow-ups; the receipt travels in the body.</summary>
    public const string StatusApi = ApiPrefix + Status;

    /// <summary>The site's pages the intake links back to (content pages with the complaint-form and complaint-status layouts).</summary>
    public const string ReportPage = "/report-corruption/";
    public const string CheckReportPage = "/check-report/";

    /// <summary>The report form in a language (the English pages live under /en/).</summary>
    public static string ReportPageIn(Language language) => language.UrlPrefix() + ReportPage[1..];

    public static string CheckReportPageIn(Language language) => language.UrlPrefix() + CheckReportPage[1..];
}
