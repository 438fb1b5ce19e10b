using IntegritySite.Site.Model;

namespace IntegritySite.Site.Outputs.Editor;

/// <summary>The Thai labels the editor's form shows for front-matter keys and allowed values; a key not named here shows as itself.</summary>
public static class EditorLabels
{
    private static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "ชื่อเรื่อง",
        ["ita"] = "ข้อ ITA ที่เป็นหลักฐาน (แนวคิดใน ita/crosswalk.yml เช่น integrity-measures)",
        ["number"] = "ลำดับมาตรการ",
        ["steps"] = "ขั้นตอนการดำเนินงาน",
        ["responsible"] = "ผู้รับผิดชอบ",
        ["monitoring"] = "การติดตามผล",
        ["status"] = "สถานะ",
        ["history"] = "ประวัติการดำเนินงาน (เก่าสุดก่อน)",
        ["date"] = "วันที่ (ปี ค.ศ.)",
        ["note"] = "บันทึก",
        ["evidence"] = "หลักฐาน (ลิงก์)",
        ["kind"] = "ประเภท",
        ["expires"] = "วันหมดอายุ (ไม่บังคับ)",
        ["measures_table"] = "แสดงตารางมาตรการ",
        ["layout"] = "รูปแบบหน้า",
        ["order"] = "ลำดับในเมนู",
        ["menu_title"] = "ชื่อในเมนู",
        ["body"] = "เนื้อหา",
        ["pages"] = "หน้าเว็บ",
    };

    public static string ForKey(string key) => Keys.TryGetValue(key, out var label) ? label : key;

    /// <summary>"ดำเนินการเรียบร้อยแล้ว (done)": the Thai words of a choice the model names, with the value written in the file.</summary>
    public static string ForChoice(IReadOnlyCollection<string> choices, string value)
    {
        var label = Same(choices, MeasureStatusNames.ByKey.Keys) ? MeasureStatusNames.ByKey[value].Label(Language.Th)
            : Same(choices, AnnouncementKindNames.ByKey.Keys) ? AnnouncementKindNames.ByKey[value].Label(Language.Th)
            : Same(choices, ReportKindNames.ByKey.Keys) ? ReportKindNames.ByKey[value].Label(Language.Th)
            : null;
        return label is null ? value : $"{label} ({value})";
    }

    private static bool Same(IReadOnlyCollection<string> a, IEnumerable<string> b) => a.ToHashSet(StringComparer.Ordinal).SetEquals(b);
}
