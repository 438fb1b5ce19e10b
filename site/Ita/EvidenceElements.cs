using System.Text.RegularExpressions;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>
/// The elements a catalogue item may require (<c>elements: [address, phone, email, map]</c>), each with the rule the
/// site checks it by. Only what a page can show is here; an element the site cannot see is not listed, and the item
/// is then judged by its evidence alone. input/README.md explains each rule to staff.
/// </summary>
public static partial class EvidenceElements
{
    public static readonly IReadOnlyList<EvidenceElement> All =
    [
        new("address", new("ที่อยู่", "address"), "write the address given in site.yml 'address' on the page",
            c => c.Site.Config.Address is { } address && !string.IsNullOrWhiteSpace(address.Th) && Folded(c.Text).Contains(Folded(address.Th), StringComparison.Ordinal)),
        new("phone", new("หมายเลขโทรศัพท์", "telephone number"), "write a telephone number (0 3938 7038) or a tel: link on the page",
            c => Phone().IsMatch(c.Text) || c.LinkUrls.Any(u => u.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))),
        new("email", new("ไปรษณีย์อิเล็กทรอนิกส์ (e-mail)", "e-mail address"), "write an e-mail address or a mailto: link on the page",
            c => Email().IsMatch(c.Text) || c.LinkUrls.Any(u => u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))),
        new("map", new("แผนที่ตั้ง", "map"), "link a map of the office (OpenStreetMap, Google Maps, Longdo Map or a geo: link), or show a map image whose text says แผนที่",
            c => c.LinkUrls.Any(IsMapLink) || MapImage().IsMatch(c.Document.Body.Html)),
        new("channel", new("ช่องทางการร้องเรียน", "complaint channel"), "link the online complaint form (/report-corruption/) from the page",
            c => IsComplaintForm(c.Document) || LinksComplaintForm(c)),
        new("steps", new("ขั้นตอนการดำเนินการ", "steps"), "list the steps as a numbered list (1. 2. 3.)",
            c => c.Document.Body.Html.Contains("<ol", StringComparison.Ordinal) || c.Document is Measure { Steps.Count: > 0 }),
        new("unit", new("หน่วยงานที่รับผิดชอบ", "responsible unit"), "give a heading that names the responsible unit (## หน่วยงานที่รับผิดชอบ)",
            c => c.Document is Measure { Responsible.Count: > 0 } || UnitHeading().IsMatch(c.Document.Body.Html)),
        new("time-taken", new("ระยะเวลาดำเนินการ", "time taken"), "say how long each step takes in days (ภายใน 15 วัน)",
            c => Days().IsMatch(c.Text)),
        new("received", new("จำนวนเรื่องที่ได้รับ", "number received"), "publish input/data/complaint-statistics.yml (officer stats) on a page with layout complaint-statistics; zero counts state that there were none",
            HasStatistics),
        new("completed", new("จำนวนเรื่องที่ดำเนินการแล้วเสร็จ", "number completed"), "publish input/data/complaint-statistics.yml (officer stats) on a page with layout complaint-statistics",
            HasStatistics),
        new("in-progress", new("จำนวนเรื่องที่อยู่ระหว่างดำเนินการ", "number in progress"), "publish input/data/complaint-statistics.yml (officer stats) on a page with layout complaint-statistics",
            HasStatistics),
        new("budget", new("งบประมาณ", "budget"), "give each project's budget in baht (งบประมาณ 20,000 บาท), or say that it needs none (ไม่ใช้งบประมาณ)",
            c => Baht().IsMatch(c.Text) || c.Text.Contains("ไม่ใช้งบประมาณ", StringComparison.Ordinal)),
        new("period", new("ระยะเวลาดำเนินการ", "period"), "date what was done (a measure's history) or give the period in the text (ปีงบประมาณ 2569, ตุลาคม 2568 – กันยายน 2569)",
            c => c.Document.EvidenceDates.Count > 0 || BuddhistYear().IsMatch(c.Text)),
    ];

    public static readonly IReadOnlyDictionary<string, EvidenceElement> ByKey = All.ToDictionary(e => e.Key, StringComparer.Ordinal);

    private static bool HasStatistics(ElementContext c) =>
        c.Document is Page { Layout: PageLayout.ComplaintStatistics } && c.Site.ComplaintStatistics is not null;

    private static bool IsComplaintForm(ContentDocument document) => document is Page { Layout: PageLayout.ComplaintForm };

    private static bool LinksComplaintForm(ElementContext c)
    {
        var forms = c.Site.Documents.Where(IsComplaintForm).Select(Routes.Of).ToHashSet(StringComparer.Ordinal);
        return c.LinkUrls.Any(u => forms.Contains(Path(u)));
    }

    private static string Path(string url)
    {
        var end = url.IndexOfAny(['#', '?']);
        return end < 0 ? url : url[..end];
    }

    private static bool IsMapLink(string url) =>
        url.StartsWith("geo:", StringComparison.OrdinalIgnoreCase) ||
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (
            uri.Host.EndsWith("openstreetmap.org", StringComparison.OrdinalIgnoreCase) ||
            uri.Host.StartsWith("maps.", StringComparison.OrdinalIgnoreCase) ||
            uri.Host.Contains("longdo.com", StringComparison.OrdinalIgnoreCase) && uri.AbsolutePath.Contains("map", StringComparison.OrdinalIgnoreCase) ||
            uri.Host.Contains("google.", StringComparison.OrdinalIgnoreCase) && uri.AbsolutePath.StartsWith("/maps", StringComparison.OrdinalIgnoreCase) ||
            uri.Host == "goo.gl" && uri.AbsolutePath.StartsWith("/maps", StringComparison.Ordinal));

    private static string Folded(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?<![\d])0[\d \-]{7,11}\d(?![\d])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"<img[^>]*alt=""[^""]*(แผนที่|[Mm]ap)[^""]*""")]
    private static partial Regex MapImage();

    [GeneratedRegex(@"<h[2-4][^>]*>.*?(หน่วยงาน|ผู้รับผิดชอบ).*?</h[2-4]>")]
    private static partial Regex UnitHeading();

    [GeneratedRegex(@"\d+\s*วัน")]
    private static partial Regex Days();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?\s*บาท")]
    private static partial Regex Baht();

    [GeneratedRegex(@"25[5-9]\d")]
    private static partial Regex BuddhistYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
