namespace IntegritySite.Intake.Tests.Infrastructure;

internal static class Samples
{
    public const string What = "ปลัดเทศบาลเรียกรับเงิน 20,000 บาท เพื่อเร่งออกใบอนุญาตก่อสร้างอาคาร";
    public const string Who = "ปลัดเทศบาล กองช่าง";
    public const string When = "ต้นเดือนมีนาคม 2569";
    public const string Where = "สำนักงานเทศบาลตำบลโป่งน้ำร้อน";
    public const string HowKnown = "เห็นด้วยตนเองขณะไปยื่นคำขอ";
    public const string Evidence = "มีสลิปโอนเงินและพยานสองคน";

    public static Dictionary<string, string> Complaint(string? submissionId = null, string what = What)
    {
        var fields = new Dictionary<string, string>
        {
            ["category"] = "bribery",
            ["what"] = what,
            ["who"] = Who,
            ["when"] = When,
            ["where"] = Where,
            ["how_known"] = HowKnown,
            ["evidence"] = Evidence,
            ["website"] = "",
        };
        if (submissionId is not null)
        {
            fields["submission_id"] = submissionId;
        }
        return fields;
    }

    public static Dictionary<string, string> Without(this Dictionary<string, string> fields, params string[] names)
    {
        var copy = new Dictionary<string, string>(fields);
        foreach (var name in names)
        {
            copy.Remove(name);
        }
        return copy;
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        var copy = new Dictionary<string, string>(fields) { [name] = value };
        return copy;
    }
}
