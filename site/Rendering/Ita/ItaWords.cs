using IntegritySite.Site.Ita;

namespace IntegritySite.Site.Rendering.Ita;

/// <summary>The fixed words of the ITA pages.</summary>
public static class ItaWords
{
    public static readonly BilingualText Eyebrow = new(
        "การประเมินคุณธรรมและความโปร่งใส (ITA)",
        "Integrity and Transparency Assessment (ITA)");

    public static readonly BilingualText Intro = new(
        "หน้านี้รวบรวมข้อมูลที่เทศบาลเปิดเผยต่อสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ทุกข้อ พร้อมลิงก์ไปยังหลักฐานบนเว็บไซต์หลักของหน่วยงาน",
        "Every item of the Open Data assessment (OIT) the municipality publishes, with links to its evidence on the agency's main website.");

    public static readonly BilingualText ProjectedScores = new(
        "คะแนนที่คาดการณ์จากข้อมูลบนเว็บไซต์",
        "Projected score from what this site publishes");

    public static readonly BilingualText ScoresCaption = new(
        "จำนวนข้อที่มีข้อมูลและคะแนนที่คาดการณ์ รายตัวชี้วัดย่อย",
        "Items with evidence and projected score by sub-indicator");

    public static readonly BilingualText ScoringNote = new(
        "ข้อที่มีข้อมูลครบถ้วนได้ 1 คะแนน (ข้อที่ข้อมูลไม่ครบหรือไม่เป็นปัจจุบันได้ 0) คะแนนตัวชี้วัดย่อย = สัดส่วนข้อที่มีข้อมูล คะแนนตัวชี้วัด = ค่าเฉลี่ยของตัวชี้วัดย่อย คะแนน OIT = ค่าเฉลี่ยของตัวชี้วัดที่ 9 และ 10 เป็นการคาดการณ์ ไม่ใช่ผลการประเมินจริง",
        "An item with complete, current evidence scores 1 (incomplete or out-of-date evidence scores 0); a sub-indicator scores the share of its items with evidence; an indicator is the mean of its sub-indicators; OIT is the mean of indicators 9 and 10. This is a projection, not the assessor's result.");

    public static readonly BilingualText SubIndicator = new(
        "ตัวชี้วัดย่อย",
        "Sub-indicator");

    public static readonly BilingualText Items = new(
        "จำนวนข้อ",
        "Items");

    public static readonly BilingualText Present = new(
        "มีข้อมูล",
        "Present");

    public static readonly BilingualText Partial = new(
        "ข้อมูลไม่ครบ",
        "Incomplete");

    public static readonly BilingualText Stale = new(
        "ข้อมูลไม่เป็นปัจจุบัน",
        "Out of date");

    public static readonly BilingualText Missing = new(
        "ยังไม่มีข้อมูล",
        "Missing");

    public static readonly BilingualText Score = new(
        "คะแนน",
        "Score");

    public static readonly BilingualText Indicator = new(
        "ตัวชี้วัดที่",
        "Indicator");

    public static readonly BilingualText OitScore = new(
        "คะแนน OIT ที่คาดการณ์",
        "Projected OIT score");

    public static readonly BilingualText Code = new(
        "ข้อ",
        "Item");

    public static readonly BilingualText Item = new(
        "ข้อมูล",
        "Information");

    public static readonly BilingualText Period = new(
        "ช่วงเวลาของข้อมูล",
        "Period covered");

    public static readonly BilingualText State = new(
        "สถานะ",
        "State");

    public static readonly BilingualText Evidence = new(
        "หลักฐาน (URL)",
        "Evidence (URL)");

    public static readonly BilingualText NoEvidence = new(
        "ยังไม่มีหลักฐาน",
        "No evidence yet");

    public static readonly BilingualText OutOfPeriod = new(
        "นอกช่วงเวลาที่กำหนด",
        "outside the required period");

    public static readonly BilingualText CoverageJson = new(
        "ข้อมูลเปิด (JSON)",
        "Open data (JSON)");

    public static readonly BilingualText OtherYears = new(
        "ปีการประเมินอื่น",
        "Other assessment years");

    public static readonly BilingualText Lacks = new(
        "ยังขาด",
        "Still lacks");

    public static readonly BilingualText Unverified = new(
        "ยังไม่ได้ตรวจกับคู่มือ",
        "not yet checked against the manual");

    public static readonly BilingualText UnverifiedNote = new(
        "รายการข้อของปีนี้เรียบเรียงจากแหล่งที่เผยแพร่ต่อ ยังไม่ได้ตรวจกับคู่มือการประเมินของสำนักงาน ป.ป.ช. ข้อที่มีเครื่องหมาย \"ยังไม่ได้ตรวจกับคู่มือ\" อาจมีชื่อหรือเกณฑ์ต่างจากคู่มือ",
        "This year's list was rebuilt from republished sources and not yet checked against the NACC assessment manual; items marked \"not yet checked against the manual\" may differ in title or criteria.");

    public static readonly BilingualText ItemsHeading = new(
        "รายการข้อมูลทุกข้อ",
        "Every item");

    public static readonly BilingualText ToDoHeading = new(
        "ข้อที่ยังไม่ได้คะแนน",
        "Items that do not score yet");

    public static readonly BilingualText NothingToDo = new(
        "ทุกข้อมีข้อมูลครบถ้วน",
        "Every item has complete evidence.");

    public static readonly BilingualText YearOverYear = new(
        "คะแนนที่คาดการณ์ในแต่ละปี",
        "Projected score by year");

    public static readonly BilingualText Year = new(
        "ปีการประเมิน",
        "Assessment year");

    public static readonly BilingualText ItemsOfSubIndicator = new(
        "รายการข้อ",
        "Items");


    /// <summary>"3 of 5 items present".</summary>
    public static BilingualText PresentOf(int present, int items) => new($"มีข้อมูล {present} จาก {items} ข้อ", $"{present} of {items} items present");

    public static BilingualText StateLabel(ItemState state) => state switch
    {
        ItemState.Present => Present,
        ItemState.Partial => Partial,
        ItemState.Stale => Stale,
        _ => Missing,
    };
}
