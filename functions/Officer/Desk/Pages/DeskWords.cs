using IntegritySite.Officer.Rewrap;

namespace IntegritySite.Officer.Desk.Pages;

/// <summary>
/// The words of the desk's pages. The desk is Thai first always (the officer's language), English after it for the
/// deputy or an auditor, shown by <see cref="IntegritySite.Layout.Bilingual"/> in <see cref="DeskFrame"/>.
/// </summary>
internal static class DeskWords
{
    // the frame
    public static readonly BilingualText Desk = new("โต๊ะทำงานเจ้าหน้าที่", "Officer desk");
    public static readonly BilingualText DeskName = new("โต๊ะทำงานเจ้าหน้าที่รับเรื่องร้องเรียนการทุจริต", "Corruption-complaint officer desk");
    public static readonly BilingualText Menu = new("เมนู", "Menu");
    public static readonly BilingualText InboxLink = new("กล่องเรื่อง", "Inbox");
    public static readonly BilingualText StatisticsLink = new("สถิติ", "Statistics");
    public static readonly BilingualText PurgeLink = new("ลบเมื่อพ้นระยะเก็บ", "Retention purge");
    public static readonly BilingualText Lock = new("ล็อกกุญแจ", "Lock keys");
    public static readonly BilingualText Footer = new("ถอดรหัสบนเครื่องนี้เท่านั้น ไม่มีข้อความที่ถอดรหัสแล้วถูกบันทึกลงดิสก์", "Decrypted on this computer only; nothing decrypted is written to disk.");

    // refused by the access layer (DeskAccess)
    public static readonly BilingualText WrongHost = new("ที่อยู่ไม่ถูกต้อง", "Wrong host");
    public static readonly BilingualText OpenFromLink = new("เปิดโต๊ะทำงานจากลิงก์ที่คำสั่ง officer desk แสดงไว้", "Open the desk from the link that officer desk printed");
    public static readonly BilingualText LinkUsed = new("ลิงก์นี้ใช้ไปแล้วหรือไม่ถูกต้อง เริ่ม officer desk ใหม่", "This link was already used or is wrong; start officer desk again");
    public static readonly BilingualText ForeignForm = new("แบบฟอร์มนี้ไม่ได้มาจากโต๊ะทำงานนี้ ไม่ได้ดำเนินการ", "This form did not come from this desk; nothing was done");

    // unlock
    public static readonly BilingualText UnlockTitle = new("ปลดล็อกกุญแจ", "Unlock your keys");
    public static readonly BilingualText LockedForIdle = new("ล็อกกุญแจแล้วเพราะไม่ได้ใช้งานนาน ใส่รหัสผ่านอีกครั้ง", "The keys were locked after a while without use; give the passphrase again.");
    public static readonly BilingualText Passphrase = new("รหัสผ่านของกุญแจ", "Key passphrase");
    public static readonly BilingualText PassphraseHint = new("รหัสผ่านที่ตั้งไว้ตอนสร้างกุญแจ (officer keygen หรือ officer protect-key)", "The passphrase set when the keys were made (officer keygen or officer protect-key)");
    public static readonly BilingualText Unlock = new("ปลดล็อกกุญแจ", "Unlock");
    public static readonly BilingualText KeyFiles = new("ไฟล์กุญแจ", "Key files");

    // inbox
    public static readonly BilingualText InboxTitle = new("กล่องเรื่องร้องเรียน", "Inbox");
    public static BilingualText OpenCount(int n) => new($"เรื่องที่ยังไม่ปิด {n} เรื่อง", $"{n} open");
    public static BilingualText OverdueCount(int n) => new($"เกินกำหนดตอบ {n} เรื่อง", $"{n} overdue");
    public static BilingualText NotOpenedCount(int n) => new($"ยังไม่ได้เปิดอ่าน {n} เรื่อง", $"{n} not opened yet");
    public static readonly BilingualText NoReports = new("ยังไม่มีเรื่องร้องเรียน", "No reports yet.");
    public static readonly BilingualText ReportsCaption = new("เรื่องร้องเรียน เรียงเรื่องเกินกำหนดก่อน", "Reports, overdue first");
    public static readonly BilingualText Received = new("รับเรื่องเมื่อ", "Received");
    public static readonly BilingualText Category = new("ประเภท", "Category");
    public static readonly BilingualText Status = new("สถานะ", "Status");
    public static readonly BilingualText AnswerDue = new("กำหนดตอบผู้แจ้ง", "Answer due");
    public static readonly BilingualText ReportColumn = new("เรื่อง", "Report");
    public static readonly BilingualText New = new("ใหม่", "New");
    public static readonly BilingualText AskFactsBy = new("ขอข้อมูลเพิ่มภายใน", "Ask for missing facts by");
    public static readonly BilingualText Overdue = new("เกินกำหนด", "Overdue");
    public static readonly BilingualText Closed = new("ปิดเรื่องแล้ว", "Closed");
    public static readonly BilingualText Open = new("เปิดอ่าน", "Open");
    public static readonly BilingualText HolidayEstimate = new("(ประมาณ: รายการวันหยุดยังไม่ครบ)", "(estimate: holiday list incomplete)");

    /// <summary>A day as "16 ธ.ค. 2569" with the English day for the English reader.</summary>
    public static BilingualText Day(DateOnly day) => new(ThaiDate.Thai(day), ThaiDate.English(day));

    // one report
    public static readonly BilingualText ReportTitle = new("เรื่องร้องเรียน", "Report");
    public static readonly BilingualText AnswerDue15 = new("กำหนดตอบผู้แจ้ง (15 วัน)", "Answer due (15 days)");
    public static readonly BilingualText AskFactsBy7 = new("แจ้งผู้แจ้งหากข้อเท็จจริงไม่พอ (7 วันทำการ)", "Ask for missing facts by (7 working days)");
    public static readonly BilingualText LastUpdated = new("ปรับปรุงล่าสุด", "Last updated");
    public static readonly BilingualText FactsHeading = new("ข้อเท็จจริงที่ผู้แจ้งให้ไว้", "What the reporter told us");
    public static readonly BilingualText ContentNotForThisKey = new(
        "เรื่องนี้ปิดผนึกถึงเจ้าหน้าที่คนอื่นเท่านั้น (รับก่อนเพิ่มกุญแจของท่าน) ให้เจ้าหน้าที่ที่อ่านได้ใช้เมนูเพิ่มเจ้าหน้าที่ให้อ่านเรื่องเก่า",
        "This report is sealed to other officers only (received before your key was added). An officer who can read it can give you access (Give a new officer access).");
    public static readonly BilingualText ContentTampered = new(
        "ถูกแก้ไข: ข้อมูลที่เก็บไว้ไม่ได้ปิดผนึกสำหรับเรื่องนี้ จึงไม่แสดง แจ้งผู้ดูแลระบบ",
        "TAMPERED: the stored content was not sealed for this report; it is not shown. Tell the system administrator.");
    public static readonly BilingualText FilesHeading = new("ไฟล์หลักฐาน", "Evidence files");
    public static readonly BilingualText FilesNotForThisKey = new("รายการไฟล์ปิดผนึกถึงเจ้าหน้าที่คนอื่นเท่านั้น", "The list of files is sealed to other officers only.");
    public static readonly BilingualText FilesTampered = new("ถูกแก้ไข: รายการไฟล์ไม่ได้ปิดผนึกสำหรับเรื่องนี้ จึงไม่แสดง", "TAMPERED: the list of files was not sealed for this report; it is not shown.");
    public static readonly BilingualText FilesDecryptedHere = new(
        "ถอดรหัสในโปรแกรมนี้เมื่อกดดาวน์โหลด ไม่มีการบันทึกลงดิสก์ของเครื่องนี้จนกว่าท่านจะบันทึกเอง",
        "Decrypted in this program when you download; nothing is written to this computer's disk unless you save it.");
    public static BilingualText File(int n) => new($"ไฟล์ที่ {n}", $"File {n}");
    public static readonly BilingualText FileReceived = new("ได้รับ", "received");
    public static readonly BilingualText RemovedBeforeStoring = new("ลบออกก่อนบันทึก:", "Removed before storing:");

    /// <summary>What was removed from a file, each language's list in its own language.</summary>
    public static BilingualText Removed(IEnumerable<BilingualText> removed) =>
        new(string.Join("; ", removed.Select(r => r.Th)), string.Join("; ", removed.Select(r => r.En)));

    public static readonly BilingualText ThreadHeading = new("การติดต่อกับผู้แจ้ง", "Thread with the reporter");
    public static readonly BilingualText NoMessages = new("ยังไม่มีข้อความ", "No messages yet.");
    public static readonly BilingualText Officer = new("เจ้าหน้าที่", "Officer");
    public static readonly BilingualText Reporter = new("ผู้แจ้ง", "Reporter");
    public static readonly BilingualText MessageNotForThisKey = new("ข้อความนี้ปิดผนึกถึงเจ้าหน้าที่คนอื่นเท่านั้น", "Sealed to other officers only.");
    public static readonly BilingualText MessageTampered = new("ถูกแก้ไข: ข้อความนี้ไม่ได้ปิดผนึกสำหรับเรื่องนี้ จึงไม่แสดง", "TAMPERED: this message was not sealed for this report; it is not shown.");
    public static readonly BilingualText ChangeStatus = new("เปลี่ยนสถานะ", "Change status");
    public static readonly BilingualText StatusForReporter = new("สถานะที่ผู้แจ้งจะเห็น", "Status the reporter will see");
    public static readonly BilingualText SaveStatus = new("บันทึกสถานะ", "Save status");
    public static readonly BilingualText ReplyHeading = new("ตอบผู้แจ้ง", "Reply to the reporter");
    public static readonly BilingualText ReplyLabel = new("ข้อความตอบกลับ (ผู้แจ้งเห็นเมื่อตรวจสอบด้วยรหัสติดตามเรื่อง)", "Reply (the reporter sees it when checking with the receipt code)");
    public static readonly BilingualText SignAndSend = new("ลงลายมือชื่อดิจิทัลและส่งคำตอบ", "Sign and send the reply");
    public static readonly BilingualText StatusSaved = new("บันทึกสถานะแล้ว ผู้แจ้งจะเห็นสถานะใหม่เมื่อตรวจสอบ", "Status saved; the reporter sees it on their next check.");
    public static readonly BilingualText ReplySent = new("ส่งคำตอบแล้ว ลงลายมือชื่อดิจิทัลด้วยกุญแจของท่าน", "Reply sent, signed with your key.");
    public static readonly BilingualText UnknownStatus = new("สถานะไม่ถูกต้อง", "Unknown status.");
    public static readonly BilingualText EmptyReply = new("พิมพ์ข้อความตอบกลับก่อนส่ง", "Type the reply before sending it.");
    public static readonly BilingualText FileTamperedTitle = new("ไฟล์ถูกแก้ไข", "File tampered");
    public static readonly BilingualText FileTampered = new("ถูกแก้ไข: ไฟล์นี้ถูกตัดหรือแก้ไขหลังบันทึก จึงไม่ส่งให้", "TAMPERED: this file was cut short or altered after it was stored; it is not served.");

    // statistics
    public static readonly BilingualText StatisticsTitle = new("สถิติเรื่องร้องเรียน", "Complaint statistics");
    public static readonly BilingualText FiscalYear = new("ปีงบประมาณ (พ.ศ.)", "Fiscal year (Buddhist Era)");
    public static readonly BilingualText Count = new("นับสถิติ", "Count");
    public static BilingualText NotABuddhistEraYear(string given) => new("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569", $"The fiscal year is a Buddhist Era year such as 2569, not '{given}'.");
    public static BilingualText NothingToCountYet(int year, string start) => new($"ปีงบประมาณ {year} เริ่ม {start} ยังไม่มีอะไรให้นับ", $"Fiscal year {year} starts on {start}; there is nothing to count yet.");
    public static BilingualText FiscalYearUpTo(int year) => new($"ปีงบประมาณ {year} ถึงวันที่", $"Fiscal year {year} up to");
    public static readonly BilingualText ByCategoryCaption = new("จำนวนเรื่องร้องเรียนการทุจริตตามประเภท", "Corruption complaints by category");
    public static readonly BilingualText CountReceived = new("รับเรื่อง", "Received");
    public static readonly BilingualText CountInProgress = new("อยู่ระหว่างดำเนินการ", "In progress");
    public static readonly BilingualText CountCompleted = new("เสร็จสิ้น", "Completed");
    public static readonly BilingualText DataFileHeading = new("ไฟล์ข้อมูลสำหรับเว็บไซต์", "Data file for the site");
    public static readonly BilingualText DataFileHowTo = new("ดาวน์โหลดแล้วส่งเป็น pull request ที่ input/data/complaint-statistics.yml", "Download it and send it as a pull request to input/data/complaint-statistics.yml");
    public static readonly BilingualText DataFileDownload = new("ดาวน์โหลด complaint-statistics.yml", "Download complaint-statistics.yml");

    // retention purge
    public static readonly BilingualText PurgeTitle = new("ลบเรื่องที่พ้นระยะเวลาเก็บ", "Retention purge");
    public static BilingualText KeptFor(int days) => new(
        $"เรื่องที่ปิดแล้วจะถูกเก็บไว้ {days} วันนับจากการปรับปรุงครั้งสุดท้าย แล้วจึงลบ (พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)",
        $"Closed reports are kept {days} days after their last update, then deleted (PDPA 2562).");
    public static readonly BilingualText DryRun = new("ตรวจดูก่อนลบ (ยังไม่ได้ลบอะไร)", "Dry run (nothing deleted yet)");
    public static BilingualText PastRetention(int n) => new($"เรื่องร้องเรียนที่พ้นระยะเวลาเก็บ: {n}", $"Reports past retention: {n}");
    public static BilingualText ExpiredResends(int n) => new($"บันทึกการส่งซ้ำที่หมดอายุ: {n}", $"Expired resend records: {n}");
    public static readonly BilingualText NothingToPurge = new("ยังไม่มีเรื่องที่พ้นระยะเวลาเก็บ ไม่มีอะไรต้องลบ", "Nothing has reached the end of retention; there is nothing to delete.");
    public static BilingualText DeletePermanently(int n) => new($"ลบ {n} เรื่องอย่างถาวร", $"Delete {n} reports permanently");
    public static BilingualText Deleted(int complaints, int entities) => new($"ลบแล้ว {complaints} เรื่อง ({entities} รายการที่เก็บไว้)", $"Deleted {complaints} reports ({entities} stored items).");

    // giving a new officer access
    public static readonly BilingualText RewrapTitle = new("เพิ่มเจ้าหน้าที่ให้อ่านเรื่องเก่า", "Give a new officer access");
    public static readonly BilingualText RewrapHowTo = new(
        "ขั้นแรก ผู้ดูแลระบบเพิ่มกุญแจสาธารณะของเจ้าหน้าที่คนใหม่ใน Intake:OfficerPublicKeys เรื่องใหม่จะถึงเจ้าหน้าที่คนนั้นเอง หน้านี้ปิดผนึกเรื่องเก่าที่ท่านอ่านได้ถึงเจ้าหน้าที่คนนั้นด้วย",
        "First the administrator adds the new officer's public key to Intake:OfficerPublicKeys; new reports reach that officer from then on. This page seals the older reports you can read to that officer too.");
    public static readonly BilingualText NewOfficerKey = new("กุญแจสาธารณะของเจ้าหน้าที่คนใหม่ (officer-public.key)", "The new officer's public key (officer-public.key)");
    public static readonly BilingualText CountFirst = new("นับก่อน ยังไม่บันทึก", "Count first, store nothing");
    public static readonly BilingualText SealToNewOfficer = new("ปิดผนึกถึงเจ้าหน้าที่คนใหม่", "Seal to the new officer");
    public static BilingualText Rewrapped(RewrapCounts counts, bool dryRun) => new(
        $"{(dryRun ? "นับอย่างเดียว: " : "")}เรื่อง {counts.Complaints} เรื่อง ปิดผนึกเพิ่ม {counts.Resealed} รายการ อ่านได้อยู่แล้ว {counts.AlreadyReadable} ท่านเปิดไม่ได้ {counts.NotReadableByYou} ไม่สำเร็จ {counts.Failed}",
        $"{(dryRun ? "Dry run: " : "")}{counts.Complaints} reports; {counts.Resealed} items sealed to the new officer, {counts.AlreadyReadable} already readable, {counts.NotReadableByYou} you cannot open, {counts.Failed} failed.");

    // the intake did not answer
    public static readonly BilingualText IntakeErrorTitle = new("ติดต่อระบบรับเรื่องไม่สำเร็จ", "The intake did not answer as expected");
    public static readonly BilingualText IntakeErrorHowTo = new(
        "ไม่ได้บันทึกอะไรจากคำขอนี้ ลองอีกครั้ง หากยังไม่ได้ แจ้งผู้ดูแลระบบพร้อมข้อความด้านล่าง",
        "Nothing from this request was stored. Try again; if it keeps failing, tell the administrator what is shown below.");
}
