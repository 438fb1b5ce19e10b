using System.Text.RegularExpressions;
using IntegritySite.Site.Content.FrontMatter;

namespace IntegritySite.Site.Content;

/// <summary>Reads the <c>ita:</c> list of item codes a document is evidence for (o1–o43, O1–O43).</summary>
public static partial class ItaCodes
{
    public static IReadOnlyList<string> Read(YamlFields fields)
    {
        var codes = fields.StringList("ita");
        fields.Expect("ita", Shape(), "รหัสข้อ ITA เช่น o42 (ปี 2563–2565) หรือ O42 (ตั้งแต่ปี 2566) / an ITA item code like o42 or O42");
        foreach (var code in codes.Where(c => !Shape().IsMatch(c)))
        {
            fields.ErrorAtKey("ita", $"'{code}' is not an ITA item code; write it like o42 (2563–2565) or O42 (2566 on)");
        }
        return codes.Where(c => Shape().IsMatch(c)).Select(Normalize).Distinct().ToList();
    }

    /// <summary>o042 and o42 are the same item; the letter's case is kept because it tells the assessment year apart.</summary>
    public static string Normalize(string code) => code[0] + int.Parse(code[1..], System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[oO]\d{1,3}$")]
    private static partial Regex Shape();
}
