using IntegritySite.Core.Complaints;

namespace IntegritySite.Layout.Words;

/// <summary>The words of the complaint forms. Field names are the intake API's and never change with the language.</summary>
public static class ComplaintWords
{
    public static readonly BilingualText FormHeading = new(
        "แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "Corruption and misconduct report form");

    public static readonly BilingualText CategoryLegend = new(
        "ประเภทของเรื่อง",
        "What kind of wrongdoing");

    public static readonly BilingualText What = new(
        "เกิดอะไรขึ้น",
        "What happened");

    public static readonly BilingualText WhatHint = new(
        "เล่าข้อเท็จจริงให้ชัดเจนที่สุด เช่น มีการเรียกเงินเท่าไร เพื่อแลกกับอะไร",
        "Give the facts as precisely as you can, such as how much money was asked for and in exchange for what.");

    public static readonly BilingualText Who = new(
        "ผู้ที่เกี่ยวข้อง (ตำแหน่งหรือหน่วยงาน)",
        "Who was involved (position or unit)");

    public static readonly BilingualText WhoHint = new(
        "ระบุตำแหน่งหรือหน่วยงานก็เพียงพอ ไม่จำเป็นต้องระบุชื่อ",
        "A position or unit is enough; you do not have to give a name.");

    public static readonly BilingualText When = new(
        "เกิดขึ้นเมื่อใด",
        "When did it happen");

    public static readonly BilingualText WhenHint = new(
        "วันที่หรือช่วงเวลาโดยประมาณ",
        "A date or an approximate period.");

    public static readonly BilingualText Where = new(
        "เกิดขึ้นที่ใด",
        "Where did it happen");

    public static readonly BilingualText WhereHint = new(
        "สถานที่ หรือโครงการที่เกี่ยวข้อง",
        "A place, or the project concerned.");

    public static readonly BilingualText HowKnown = new(
        "ท่านทราบเรื่องนี้ได้อย่างไร",
        "How do you know about it");

    public static readonly BilingualText HowKnownHint = new(
        "เช่น พบเห็นด้วยตนเอง ได้รับแจ้งจากผู้อื่น หรือพบในเอกสาร",
        "For example: you saw it yourself, someone told you, or you found it in documents.");

    public static readonly BilingualText Evidence = new(
        "หลักฐานหรือพยาน",
        "Evidence or witnesses");

    public static readonly BilingualText EvidenceHint = new(
        "บอกว่ามีเอกสาร ภาพถ่าย หรือพยานใดบ้าง และหาได้จากที่ใด (แนบไฟล์ได้ในหน้าถัดไป)",
        "Say what documents, photos or witnesses exist and where they can be found (files can be attached on the next page).");

    public static readonly BilingualText Contact = new(
        "ช่องทางติดต่อกลับ",
        "How to contact you");

    public static readonly BilingualText ContactWarning = new(
        "ไม่บังคับ: หากกรอก เจ้าหน้าที่จะเห็นข้อมูลนี้ และอาจทำให้ทราบตัวตนของท่าน หากต้องการปกปิดตัวตน ให้เว้นว่างไว้และใช้รหัสติดตามเรื่องแทน",
        "Optional: if you fill this in, the officer will see it and it may reveal who you are. To stay anonymous, leave it empty and use your receipt code instead.");

    public static readonly BilingualText Required = new(
        "จำเป็น",
        "required");

    public static readonly BilingualText Optional = new(
        "ไม่บังคับ",
        "optional");

    /// <summary>Who, when and where: none is required alone, one of the three is.</summary>
    public static readonly BilingualText OneOfThree = new(
        "กรอกอย่างน้อย 1 ใน 3 ช่องนี้",
        "at least one of these three");

    public static readonly BilingualText FactsRule = new(
        "เรื่องร้องเรียนที่ไม่ระบุชื่อจะดำเนินการได้เมื่อมีข้อเท็จจริงที่ชัดเจน กรุณาระบุอย่างน้อยหนึ่งอย่างจาก ผู้ที่เกี่ยวข้อง วันเวลา หรือสถานที่",
        "An anonymous report can be acted on only when it gives specific facts: please give at least one of who, when or where.");

    public static readonly BilingualText Submit = new(
        "ถัดไป: ตรวจทานก่อนส่ง",
        "Continue: check before sending");

    public static readonly BilingualText PrivacyNote = new(
        "ระบบไม่บันทึกหมายเลข IP ไม่ใช้คุกกี้ และเข้ารหัสเรื่องของท่านจนมีเพียงเจ้าหน้าที่รับเรื่องร้องเรียนเท่านั้นที่อ่านได้",
        "We do not record your IP address, we use no cookies, and your report is encrypted so that only the complaint officer can read it.");

    /// <summary>Where and how evidence files are attached (the limits come from Core's one list, AttachmentLimits).</summary>
    public static readonly BilingualText AttachmentsNote = new(
        $"ไฟล์หลักฐาน (ภาพถ่าย เอกสาร) แนบได้ในหน้าถัดไป ก่อนกดส่ง ได้ไม่เกิน {AttachmentLimits.DefaultMaxFiles} ไฟล์ ไฟล์ละไม่เกิน {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxFileBytes)} รวมไม่เกิน {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxTotalBytes)} ชนิดที่รับ: {AttachmentLimits.KindsList.Th} ระบบจะลบข้อมูลแฝงที่อาจระบุตัวท่าน (พิกัด GPS รุ่นโทรศัพท์ ชื่อผู้เขียนเอกสาร) ก่อนบันทึก",
        $"Evidence files (photos, documents) are attached on the next page, before you send: up to {AttachmentLimits.DefaultMaxFiles} files, each at most {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxFileBytes)}, {AttachmentLimits.Megabytes(AttachmentLimits.DefaultMaxTotalBytes)} in all. Accepted: {AttachmentLimits.KindsList.En}. The hidden data that could identify you (GPS position, phone model, a document's author) is removed before anything is saved.");

    public static readonly BilingualText StatusHeading = new(
        "ติดตามเรื่องร้องเรียนด้วยรหัสติดตามเรื่อง",
        "Check your report with your receipt code");

    public static readonly BilingualText Receipt = new(
        "รหัสติดตามเรื่อง",
        "Receipt code");

    public static readonly BilingualText ReceiptHint = new(
        "ตัวเลข 16 หลักที่ได้รับเมื่อส่งเรื่อง จะพิมพ์เว้นวรรคหรือขีดก็ได้",
        "The 16 digits you were given when you sent the report; spaces or dashes are fine.");

    public static readonly BilingualText Message = new(
        "ข้อความเพิ่มเติมถึงเจ้าหน้าที่",
        "Further message to the officer");

    public static readonly BilingualText MessageHint = new(
        "ไม่บังคับ: ส่งข้อมูลเพิ่มเติมหรือตอบคำถามของเจ้าหน้าที่",
        "Optional: add information or answer the officer's questions.");

    public static readonly BilingualText CheckSubmit = new(
        "ดูสถานะเรื่อง",
        "Check status");

    public static readonly BilingualText HoneypotLabel = new(
        "เว้นช่องนี้ว่างไว้",
        "Leave this field empty");


    /// <summary>The intake's own category list, so the form can never offer a code the API refuses.</summary>
    public static IEnumerable<(string Value, BilingualText Label)> Categories => ComplaintCategory.All.Select(c => (c.Key, c.Value));

    public static BilingualText CategoryLabel(string key) => ComplaintCategory.All[key];
}
