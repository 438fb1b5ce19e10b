namespace IntegritySite.Intake.Pages;

/// <summary>
/// The fixed words of the intake's pages (texts with a link in them are written beside their link, in the page's
/// component, in the same two languages). Every page shows them in both languages, the reporter's first
/// (<see cref="IntegritySite.Layout.Bilingual"/>).
/// </summary>
public static class IntakeWords
{
    public static readonly BilingualText Home = new("หน้าแรก", "Home");

    // check before sending
    public static readonly BilingualText CheckTitle = new("ตรวจสอบก่อนส่ง", "Check your report before sending");
    public static readonly BilingualText CorrectTitle = new("กรุณาแก้ไขก่อนส่ง", "Please correct your report");
    public static readonly BilingualText SendAgainSafe = new("กดปุ่ม \"ส่งเรื่อง\" อีกครั้งได้เลย ระบบจะไม่บันทึกซ้ำ", "You can press \"Send report\" again: it will not be stored twice.");
    public static readonly BilingualText FilesNotSent = new("ยังไม่ได้ส่ง ไม่มีการบันทึกข้อมูลใด ๆ", "Not sent: nothing was saved");
    public static readonly BilingualText ChooseFilesAgain = new("เลือกไฟล์ใหม่ (หรือไม่แนบไฟล์ที่มีปัญหา) แล้วกดปุ่ม \"ส่งเรื่อง\" อีกครั้ง", "Choose the files again (leaving out the refused ones) and press \"Send report\" again.");
    public static readonly BilingualText ReadOver = new("อ่านทวนเรื่องที่จะแจ้งด้านล่าง ยังไม่มีการบันทึกจนกว่าท่านจะกดปุ่ม \"ส่งเรื่อง\"", "Read your report over. Nothing is saved until you press \"Send report\".");
    public static readonly BilingualText Send = new("ส่งเรื่อง", "Send report");
    public static readonly BilingualText SendTwiceSafe = new("กดส่งซ้ำหรือโหลดหน้าใหม่ได้ ระบบจะบันทึกเรื่องนี้เพียงครั้งเดียว", "Pressing Send twice or reloading is safe: this report is stored once.");
    public static readonly BilingualText ChangeSomething = new("แก้ไขข้อความ", "Change something");
    public static readonly BilingualText NotSentYet = new("ยังส่งไม่ได้ ข้อมูลยังไม่ถูกบันทึก", "Not sent yet: nothing was saved");
    public static readonly BilingualText CheckAgain = new("ตรวจสอบอีกครั้ง", "Check again");

    // evidence files
    public static BilingualText File(int n) => new($"ไฟล์ที่ {n}", $"File {n}");
    public static readonly BilingualText AttachLegend = new("แนบไฟล์หลักฐาน (ถ้ามี)", "Attach evidence files (optional)");

    public static BilingualText AttachLimits(AttachmentOffer offer) => new(
        $"ได้ไม่เกิน {offer.MaxFiles} ไฟล์ ไฟล์ละไม่เกิน {AttachmentLimits.Megabytes(offer.MaxFileBytes)} รวมไม่เกิน {AttachmentLimits.Megabytes(offer.MaxTotalBytes)} ชนิดที่รับ: {AttachmentLimits.KindsList.Th}",
        $"Up to {offer.MaxFiles} files, each at most {AttachmentLimits.Megabytes(offer.MaxFileBytes)}, {AttachmentLimits.Megabytes(offer.MaxTotalBytes)} in all. Accepted: {AttachmentLimits.KindsList.En}.");

    public static readonly BilingualText AttachCleaning = new(
        "ก่อนบันทึก ระบบจะลบข้อมูลแฝงที่อาจระบุตัวท่านได้ออกจากไฟล์ (พิกัด GPS รุ่นโทรศัพท์ ชื่อผู้เขียนเอกสาร) แล้วเข้ารหัสให้เฉพาะเจ้าหน้าที่เปิดอ่านได้ ไฟล์ที่ลบข้อมูลแฝงไม่ได้จะไม่ถูกรับ หน้ารับเรื่องจะบอกว่าลบอะไรออกไปบ้าง",
        "Before anything is saved, the hidden data that could identify you (GPS position, phone model, a document's author) is removed from each file, which is then encrypted so only the officers can open it. A file that cannot be cleaned is refused. The receipt page lists what was removed.");

    public static readonly BilingualText FilesHeading = new("ไฟล์ที่แนบและข้อมูลแฝงที่ลบออก", "Files attached, and the hidden data removed");
    public static readonly BilingualText FilesStored = new("ไฟล์ทั้งหมดถูกบันทึกแบบเข้ารหัส เฉพาะเจ้าหน้าที่เปิดอ่านได้ ข้อมูลต่อไปนี้ถูกลบออกก่อนบันทึก:", "Every file was stored encrypted, readable by the officers only. Removed before storing:");

    // receipt
    public static readonly BilingualText ReceivedTitle = new("ได้รับเรื่องร้องเรียนแล้ว", "Complaint received");
    public static readonly BilingualText ReceiptHeading = new("รหัสติดตามเรื่องของท่าน", "Your receipt code");
    public static readonly BilingualText Received = new("วันที่รับเรื่อง", "Received");
    public static readonly BilingualText AnswerDue = new("กำหนดตอบภายใน", "Answer due by");
    public static readonly BilingualText NextHeading = new("ขั้นตอนต่อไป", "What happens next");
    public static readonly BilingualText NothingRecorded = new("ระบบไม่บันทึกที่อยู่ IP อุปกรณ์ หรือคุกกี้ของท่าน", "We do not record your IP address, device or cookies.");

    // status
    public static readonly BilingualText StatusTitle = new("สถานะเรื่องร้องเรียน", "Report status");
    public static readonly BilingualText FollowUpSent = new("ส่งข้อความเพิ่มเติมถึงเจ้าหน้าที่แล้ว", "Your follow-up message was sent to the officer.");
    public static readonly BilingualText Status = new("สถานะ", "Status");
    public static readonly BilingualText Submitted = new("วันที่แจ้งเรื่อง", "Submitted");
    public static readonly BilingualText LastUpdated = new("ปรับปรุงล่าสุด", "Last updated");
    public static readonly BilingualText RepliesHeading = new("คำตอบจากเจ้าหน้าที่", "Replies from the officer");
    public static readonly BilingualText NoReplyYet = new("ยังไม่มีคำตอบ หน่วยงานจะตอบภายใน 15 วันนับจากวันที่แจ้งเรื่อง", "No reply yet. You will be answered within 15 days of submitting.");

    public static BilingualText Unverified(int count) => new(
        $"มีข้อความ {count} รายการที่ตรวจสอบไม่ได้ว่ามาจากเจ้าหน้าที่ จึงไม่แสดง อย่าเชื่อข้อความที่อ้างว่ามาจากเจ้าหน้าที่นอกหน้านี้",
        $"{count} message(s) could not be verified as the officer's and are not shown. Do not trust messages claiming to be the officer's anywhere else.");

    public static BilingualText FollowUpsOn(IEnumerable<DateOnly> days) => new(
        $"ท่านส่งข้อความเพิ่มเติมเมื่อ: {string.Join(", ", days.Select(ThaiDate.Thai))} (เฉพาะเจ้าหน้าที่อ่านได้)",
        $"You sent follow-up messages on: {string.Join(", ", days.Select(ThaiDate.English))} (readable only by the officer).");

    public static readonly BilingualText FollowUpHeading = new("ส่งข้อมูลเพิ่มเติม", "Send more information");
    public static readonly BilingualText MessageLabel = new("ข้อความถึงเจ้าหน้าที่", "Message to the officer");
    public static readonly BilingualText MessageHint = new("เฉพาะเจ้าหน้าที่อ่านได้ ไม่ต้องใส่ชื่อของท่าน", "Only the officer can read it; you need not give your name.");
    public static readonly BilingualText SendMessage = new("ส่งข้อความ", "Send message");

    // errors and outages
    public static readonly BilingualText NotFoundTitle = new("ไม่พบเรื่อง", "Report not found");
    public static readonly BilingualText NotAcceptedTitle = new("ยังส่งเรื่องไม่สำเร็จ", "Your submission was not accepted");
    public static readonly BilingualText PleaseCorrect = new("กรุณาแก้ไขรายการต่อไปนี้ ข้อมูลยังไม่ถูกบันทึก", "Please correct the following; nothing has been saved.");
    public static readonly BilingualText UnavailableTitle = new("ระบบขัดข้องชั่วคราว", "Service temporarily unavailable");
    public static readonly BilingualText UnconfirmedTitle = new("ยังยืนยันการบันทึกไม่ได้", "Not yet confirmed");
    public static readonly BilingualText BackAndSendAgain = new("กดปุ่มย้อนกลับของเบราว์เซอร์แล้วกดส่งอีกครั้ง", "Use your browser's Back button and send again.");

    /// <summary>The day in Thai (Buddhist Era) and in English, as the status page shows it.</summary>
    public static BilingualText Day(DateOnly date) => new(ThaiDate.Thai(date), "(" + ThaiDate.English(date) + ")");

    /// <summary>The day in Thai (Buddhist Era) and in English, as the receipt shows it.</summary>
    public static BilingualText Date(DateOnly date) => new(ThaiDate.Thai(date), ThaiDate.English(date));
}
