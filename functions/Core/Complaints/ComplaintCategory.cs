using IntegritySite.Core.Text;

namespace IntegritySite.Core.Complaints;

public static class ComplaintCategory
{
    /// <summary>Category codes with Thai and English labels, in form order: the one list the form, the pages and the statistics use.</summary>
    public static readonly IReadOnlyDictionary<string, BilingualText> All = new Dictionary<string, BilingualText>(StringComparer.Ordinal)
    {
        ["bribery"] = new("การเรียกรับสินบน", "Bribery"),
        ["procurement"] = new("การจัดซื้อจัดจ้าง", "Procurement"),
        ["misuse-of-property"] = new("การใช้ทรัพย์สินของทางราชการโดยมิชอบ", "Misuse of government property"),
        ["conflict-of-interest"] = new("ผลประโยชน์ทับซ้อน", "Conflict of interest"),
        ["abuse-of-power"] = new("การใช้อำนาจหน้าที่โดยมิชอบ", "Abuse of power"),
        ["other"] = new("อื่น ๆ", "Other"),
    };

    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);

    public static BilingualText Label(string code) => All.TryGetValue(code, out var label) ? label : new(code, code);
}
