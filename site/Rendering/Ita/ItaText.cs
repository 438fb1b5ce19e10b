using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering.Ita;

/// <summary>The fixed words of the ITA pages, once per language.</summary>
public sealed record ItaText
{
    public required string Eyebrow { get; init; }
    public required string Intro { get; init; }
    public required string ProjectedScores { get; init; }
    public required string ScoresCaption { get; init; }
    public required string ScoringNote { get; init; }
    public required string SubIndicator { get; init; }
    public required string Items { get; init; }
    public required string Present { get; init; }
    public required string Stale { get; init; }
    public required string Missing { get; init; }
    public required string Score { get; init; }
    public required string Indicator { get; init; }
    public required string OitScore { get; init; }
    public required string Code { get; init; }
    public required string Item { get; init; }
    public required string Period { get; init; }
    public required string State { get; init; }
    public required string Evidence { get; init; }
    public required string NoEvidence { get; init; }
    public required string OutOfPeriod { get; init; }
    public required string CoverageJson { get; init; }
    public required string OtherYears { get; init; }

    public string StateLabel(ItemState state) => state switch
    {
        ItemState.Present => Present,
        ItemState.Stale => Stale,
        _ => Missing,
    };

    public static ItaText For(Language language) => language.Pick(Th, En);

    public static readonly ItaText Th = new()
    {
        Eyebrow = "การประเมินคุณธรรมและความโปร่งใส (ITA)",
        Intro = "หน้านี้รวบรวมข้อมูลที่เทศบาลเปิดเผยต่อสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ทุกข้อ พร้อมลิงก์ไปยังหลักฐานบนเว็บไซต์หลักของหน่วยงาน",
        ProjectedScores = "คะแนนที่คาดการณ์จากข้อมูลบนเว็บไซต์",
        ScoresCaption = "จำนวนข้อที่มีข้อมูลและคะแนนที่คาดการณ์ รายตัวชี้วัดย่อย",
        ScoringNote = "ข้อที่มีข้อมูลได้ 1 คะแนน คะแนนตัวชี้วัดย่อย = สัดส่วนข้อที่มีข้อมูล คะแนนตัวชี้วัด = ค่าเฉลี่ยของตัวชี้วัดย่อย คะแนน OIT = ค่าเฉลี่ยของตัวชี้วัดที่ 9 และ 10 เป็นการคาดการณ์ ไม่ใช่ผลการประเมินจริง",
        SubIndicator = "ตัวชี้วัดย่อย",
        Items = "จำนวนข้อ",
        Present = "มีข้อมูล",
        Stale = "ข้อมูลไม่เป็นปัจจุบัน",
        Missing = "ยังไม่มีข้อมูล",
        Score = "คะแนน",
        Indicator = "ตัวชี้วัดที่",
        OitScore = "คะแนน OIT ที่คาดการณ์",
        Code = "ข้อ",
        Item = "ข้อมูล",
        Period = "ช่วงเวลาของข้อมูล",
        State = "สถานะ",
        Evidence = "หลักฐาน (URL)",
        NoEvidence = "ยังไม่มีหลักฐาน",
        OutOfPeriod = "นอกช่วงเวลาที่กำหนด",
        CoverageJson = "ข้อมูลเปิด (JSON)",
        OtherYears = "ปีการประเมินอื่น",
    };

    public static readonly ItaText En = new()
    {
        Eyebrow = "Integrity and Transparency Assessment (ITA)",
        Intro = "Every item of the Open Data assessment (OIT) the municipality publishes, with links to its evidence on the agency's main website.",
        ProjectedScores = "Projected score from what this site publishes",
        ScoresCaption = "Items with evidence and projected score by sub-indicator",
        ScoringNote = "An item with evidence scores 1; a sub-indicator scores the share of its items with evidence; an indicator is the mean of its sub-indicators; OIT is the mean of indicators 9 and 10. This is a projection, not the assessor's result.",
        SubIndicator = "Sub-indicator",
        Items = "Items",
        Present = "Present",
        Stale = "Out of date",
        Missing = "Missing",
        Score = "Score",
        Indicator = "Indicator",
        OitScore = "Projected OIT score",
        Code = "Item",
        Item = "Information",
        Period = "Period covered",
        State = "State",
        Evidence = "Evidence (URL)",
        NoEvidence = "No evidence yet",
        OutOfPeriod = "outside the required period",
        CoverageJson = "Open data (JSON)",
        OtherYears = "Other assessment years",
    };
}
