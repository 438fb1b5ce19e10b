using IntegritySite.Core.Complaints;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>The words of the complaint forms. Field names are the intake API's and never change with the language.</summary>
public sealed record ComplaintText
{
    public required string FormHeading { get; init; }
    public required string CategoryLegend { get; init; }
    public required string What { get; init; }
    public required string WhatHint { get; init; }
    public required string Who { get; init; }
    public required string WhoHint { get; init; }
    public required string When { get; init; }
    public required string WhenHint { get; init; }
    public required string Where { get; init; }
    public required string WhereHint { get; init; }
    public required string HowKnown { get; init; }
    public required string HowKnownHint { get; init; }
    public required string Evidence { get; init; }
    public required string EvidenceHint { get; init; }
    public required string Contact { get; init; }
    public required string ContactWarning { get; init; }
    public required string Required { get; init; }
    public required string Optional { get; init; }
    /// <summary>Who, when and where: none is required alone, one of the three is.</summary>
    public required string OneOfThree { get; init; }
    public required string FactsRule { get; init; }
    public required string Submit { get; init; }
    public required string PrivacyNote { get; init; }
    /// <summary>Where and how evidence files are attached (the limits come from Core's one list, AttachmentLimits).</summary>
    public required string AttachmentsNote { get; init; }
    public required string StatusHeading { get; init; }
    public required string Receipt { get; init; }
    public required string ReceiptHint { get; init; }
    public required string Message { get; init; }
    public required string MessageHint { get; init; }
    public required string CheckSubmit { get; init; }
    public required string HoneypotLabel { get; init; }

    public static ComplaintText For(Language language) => language.Pick(Th, En);

    /// <summary>The intake's own category list, so the form can never offer a code the API refuses.</summary>
    public static IEnumerable<(string Value, string Label)> Categories(Language language) =>
        ComplaintCategory.All.Keys.Select(key => (key, CategoryLabel(key, language)));

    public static string CategoryLabel(string key, Language language)
    {
        var label = ComplaintCategory.All[key];
        return language.Pick(label.Th, label.En);
    }

    public static readonly ComplaintText Th = new()
    {
        FormHeading = "แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        CategoryLegend = "ประเภทของเรื่อง",
        What = "เกิดอะไรขึ้น",
        WhatHint = "เล่าข้อเท็จจริงให้ชัดเจนที่สุด เช่น มีการเรียกเงินเท่าไร เพื่อแลกกับอะไร",
        Who = "ผู้ที่เกี่ยวข้อง (ตำแหน่งหรือหน่วยงาน)",
        WhoHint = "ระบุตำแหน่งหรือหน่วยงานก็เพียงพอ ไม่จำเป็นต้องระบุชื่อ",
        When = "เกิดขึ้นเมื่อใด",
        WhenHint = "วันที่หรือช่วงเวลาโดยประมาณ",
        Where = "เกิดขึ้นที่ใด",
        WhereHint = "สถานที่ หรือโครงการที่เกี่ยวข้อง",
        HowKnown = "ท่านทราบเรื่องนี้ได้อย่างไร",
        HowKnownHint = "เช่น พบเห็นด้วยตนเอง ได้รับแจ้งจากผู้อื่น หรือพบในเอกสาร",
        Evidence = "หลักฐานหรือพยาน",
        EvidenceHint = "บอกว่ามีเอกสาร ภาพถ่าย หรือพยานใดบ้าง และหาได้จากที่ใด (แนบไฟล์ได้ในหน้าถัดไป)",
        Contact = "ช่องทางติดต่อกลับ",
        ContactWarning = "ไม่บังคับ: หากกรอก เจ้าหน้าที่จะเห็นข้อมูลนี้ และอาจทำให้ทราบตัวตนของท่าน หากต้องการปกปิดตัวตน ให้เว้นว่างไว้และใช้รหัสติดตามเรื่องแทน",
        Required = "จำเป็น",
        Optional = "ไม่บังคับ",
        OneOfThree = "กรอกอย่างน้อย 1 ใน 3 ช่องนี้",
        FactsRule = "เรื่องร้องเรียนที่ไม่ระบุชื่อจะดำเนินการได้เมื่อมีข้อเท็จจริงที่ชัดเจน กรุณาระบุอย่างน้อยหนึ่งอย่างจาก ผู้ที่เกี่ยวข้อง วันเวลา หรือสถานที่",
        Submit = "ถัดไป: ตรวจทานก่อนส่ง",
        PrivacyNote = "ระบบไม่บันทึกหมายเลข IP ไม่ใช้คุกกี้ และเข้ารหัสเรื่องของท่านจนมีเพียงเจ้าหน้าที่รับเรื่องร้องเรียนเท่านั้นที่อ่านได้",
        AttachmentsNote = $"ไฟล์หลักฐาน (ภาพถ่าย เอกสาร) แนบได้ในหน้าถัดไป ก่อนกดส่ง ได้ไม่เกิน {AttachmentLimits.DefaultMaxFiles} ไฟล์ ไฟล์ละไม่เกิน {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxFileBytes)} รวมไม่เกิน {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxTotalBytes)} ชนิดที่รับ: {AttachmentLimits.KindsList.Th} ระบบจะลบข้อมูลแฝงที่อาจระบุตัวท่าน (พิกัด GPS รุ่นโทรศัพท์ ชื่อผู้เขียนเอกสาร) ก่อนบันทึก",
        StatusHeading = "ติดตามเรื่องร้องเรียนด้วยรหัสติดตามเรื่อง",
        Receipt = "รหัสติดตามเรื่อง",
        ReceiptHint = "ตัวเลข 16 หลักที่ได้รับเมื่อส่งเรื่อง จะพิมพ์เว้นวรรคหรือขีดก็ได้",
        Message = "ข้อความเพิ่มเติมถึงเจ้าหน้าที่",
        MessageHint = "ไม่บังคับ: ส่งข้อมูลเพิ่มเติมหรือตอบคำถามของเจ้าหน้าที่",
        CheckSubmit = "ดูสถานะเรื่อง",
        HoneypotLabel = "เว้นช่องนี้ว่างไว้",
    };

    public static readonly ComplaintText En = new()
    {
        FormHeading = "Corruption and misconduct report form",
        CategoryLegend = "What kind of wrongdoing",
        What = "What happened",
        WhatHint = "Give the facts as precisely as you can, such as how much money was asked for and in exchange for what.",
        Who = "Who was involved (position or unit)",
        WhoHint = "A position or unit is enough; you do not have to give a name.",
        When = "When did it happen",
        WhenHint = "A date or an approximate period.",
        Where = "Where did it happen",
        WhereHint = "A place, or the project concerned.",
        HowKnown = "How do you know about it",
        HowKnownHint = "For example: you saw it yourself, someone told you, or you found it in documents.",
        Evidence = "Evidence or witnesses",
        EvidenceHint = "Say what documents, photos or witnesses exist and where they can be found (files can be attached on the next page).",
        Contact = "How to contact you",
        ContactWarning = "Optional: if you fill this in, the officer will see it and it may reveal who you are. To stay anonymous, leave it empty and use your receipt code instead.",
        Required = "required",
        Optional = "optional",
        OneOfThree = "at least one of these three",
        FactsRule = "An anonymous report can be acted on only when it gives specific facts: please give at least one of who, when or where.",
        Submit = "Continue: check before sending",
        PrivacyNote = "We do not record your IP address, we use no cookies, and your report is encrypted so that only the complaint officer can read it.",
        AttachmentsNote = $"Evidence files (photos, documents) are attached on the next page, before you send: up to {AttachmentLimits.DefaultMaxFiles} files, each at most {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxFileBytes)}, {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxTotalBytes)} in all. Accepted: {AttachmentLimits.KindsList.En}. The hidden data that could identify you (GPS position, phone model, a document's author) is removed before anything is saved.",
        StatusHeading = "Check your report with your receipt code",
        Receipt = "Receipt code",
        ReceiptHint = "The 16 digits you were given when you sent the report; spaces or dashes are fine.",
        Message = "Further message to the officer",
        MessageHint = "Optional: add information or answer the officer's questions.",
        CheckSubmit = "Check status",
        HoneypotLabel = "Leave this field empty",
    };
}
