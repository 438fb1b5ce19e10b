namespace IntegritySite.Site.Model;

public enum AnnouncementKind
{
    NoGift,
    ConflictOfInterest,
    Procurement,
    IntegrityPledge,
    General,
}

public static class AnnouncementKindNames
{
    public static readonly IReadOnlyDictionary<string, AnnouncementKind> ByKey = new Dictionary<string, AnnouncementKind>(StringComparer.Ordinal)
    {
        ["no-gift"] = AnnouncementKind.NoGift,
        ["conflict-of-interest"] = AnnouncementKind.ConflictOfInterest,
        ["procurement"] = AnnouncementKind.Procurement,
        ["integrity-pledge"] = AnnouncementKind.IntegrityPledge,
        ["general"] = AnnouncementKind.General,
    };

    public static string Label(this AnnouncementKind kind, Language language) => (kind, language) switch
    {
        (AnnouncementKind.NoGift, Language.Th) => "นโยบายไม่รับของขวัญ (No Gift Policy)",
        (AnnouncementKind.ConflictOfInterest, Language.Th) => "การป้องกันผลประโยชน์ทับซ้อน",
        (AnnouncementKind.Procurement, Language.Th) => "การจัดซื้อจัดจ้าง",
        (AnnouncementKind.IntegrityPledge, Language.Th) => "เจตจำนงสุจริต",
        (AnnouncementKind.General, Language.Th) => "ทั่วไป",
        (AnnouncementKind.NoGift, _) => "No Gift policy",
        (AnnouncementKind.ConflictOfInterest, _) => "Conflict of interest",
        (AnnouncementKind.Procurement, _) => "Procurement",
        (AnnouncementKind.IntegrityPledge, _) => "Integrity pledge",
        _ => "General",
    };
}
