using IntegritySite.Site.Content.FrontMatter;
using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Content;

/// <summary>Reads a document's <c>ita:</c> list: concepts (complaint-statistics), item codes (o42, O42) or YEAR:CODE (2569:O19).</summary>
public static class ItaTagList
{
    public static IReadOnlyList<string> Read(YamlFields fields)
    {
        var tags = fields.StringList("ita");
        fields.Expect("ita", ItaTagResolver.TagShape(), "แนวคิดใน ita/crosswalk.yml เช่น complaint-statistics หรือรหัสข้อ เช่น o42, 2569:O19 / a concept of ita/crosswalk.yml such as complaint-statistics, or an item code such as o42 or 2569:O19");
        foreach (var tag in tags.Where(t => !ItaTagResolver.IsTagShape(t)))
        {
            fields.ErrorAtKey("ita", $"'{tag}' is not an ITA tag; write a concept of {ItaFiles.Crosswalk} (like complaint-statistics), an item code (o42 for 2564's list, O42 for 2566's) or YEAR:CODE (2569:O19)");
        }
        return tags.Where(ItaTagResolver.IsTagShape).Select(ItaTagResolver.Normalize).Distinct().ToList();
    }
}
