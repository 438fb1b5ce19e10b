using IntegritySite.Core.Text;

namespace IntegritySite.Core.Complaints;

public static class ComplaintStatus
{
    public const string Received = "received";
    public const string Completed = "completed";
    public const string NotActionable = "not-actionable";

    public static readonly IReadOnlyDictionary<string, BilingualText> All = new Dictionary<string, BilingualText>(StringComparer.Ordinal)
    {
        [Received] = new("ได้รับเรื่องแล้ว รอตรวจสอบ", "Received, awaiting review"),
        ["in-progress"] = new("อยู่ระหว่างดำเนินการ", "In progress"),
        ["need-information"] = new("ต้องการข้อมูลเพิ่มเติมจากผู้แจ้ง", "More information needed from the reporter"),
        [Completed] = new("ดำเนินการเสร็จสิ้น", "Completed"),
        [NotActionable] = new("ยุติเรื่อง เนื่องจากข้อเท็จจริงไม่เพียงพอ", "Closed: not enough facts to act on"),
    };

    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);

    public static BilingualText Label(string code) => All.TryGetValue(code, out var label) ? label : new(code, code);
}
