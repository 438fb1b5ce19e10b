using System.Net;

namespace IntegritySite.Site.Outputs.Editor;

/// <summary>
/// admin/index.html: the page that starts Decap CMS for staff. Linked from no public page, left out of the sitemap,
/// robots.txt and the search index, served with its own headers (<see cref="SiteHeaders.AdminContentSecurityPolicy"/>).
/// The bundle is the npm package's own file, copied beside this page when the site is published (Publishing/EditorBundle).
/// </summary>
public static class AdminPage
{
    public const string FilePath = "admin/index.html";

    /// <summary>The CMS bundle the page loads, from admin/ itself (its chunks and WebAssembly files lie beside it).</summary>
    public const string BundleFile = "decap-cms.js";

    public static OutputFile Write(string siteName) => OutputFile.Text(FilePath, $$"""
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>แก้ไขเนื้อหา — {{WebUtility.HtmlEncode(siteName)}}</title>
        </head>
        <body data-pagefind-ignore="all">
        <noscript><p>หน้าแก้ไขเนื้อหาต้องเปิด JavaScript (The content editor needs JavaScript). แก้ไขไฟล์ใน input/ ผ่าน pull request ได้เสมอ (see input/README.md).</p></noscript>
        <script src="{{SiteHeaders.AdminPath}}{{BundleFile}}"></script>
        </body>
        </html>

        """);
}
