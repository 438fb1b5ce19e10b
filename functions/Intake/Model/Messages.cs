namespace IntegritySite.Intake.Model;

/// <summary>Every bilingual message the intake sends.</summary>
public static class Messages
{
    public static BilingualText Required(string field)
    {
        var label = FieldNames.Label(field);
        return new($"กรุณากรอกช่อง \"{label.Th}\" ({field})", $"Please fill in \"{label.En}\" ({field}).");
    }

    public static readonly BilingualText WhoWhenWhere = new(
        "กรุณาระบุอย่างน้อยหนึ่งช่องจาก: ผู้เกี่ยวข้อง (who), เมื่อใด (when) หรือ ที่ใด (where) เพื่อให้ตรวจสอบข้อเท็จจริงได้",
        "Please give at least one of who, when or where, so the facts can be checked.");

    public static readonly BilingualText UnknownCategory = new(
        "ประเภทเรื่องไม่ถูกต้อง ต้องเป็นหนึ่งใน: " + string.Join(", ", ComplaintCategory.All.Keys),
        "Unknown category; use one of: " + string.Join(", ", ComplaintCategory.All.Keys) + ".");

    public static BilingualText TooLong(string field, int max)
    {
        var label = FieldNames.Label(field);
        return new($"ช่อง \"{label.Th}\" ({field}) ยาวเกิน {max:N0} ตัวอักษร", $"\"{label.En}\" ({field}) is longer than {max:N0} characters.");
    }

    public static BilingualText ControlCharacters(string field)
    {
        var label = FieldNames.Label(field);
        return new($"ช่อง \"{label.Th}\" ({field}) มีอักขระควบคุมที่ไม่อนุญาต", $"\"{label.En}\" ({field}) contains control characters that are not allowed.");
    }

    public static BilingualText InvalidUtf8(string field)
    {
        var label = FieldNames.Label(field);
        return new($"ช่อง \"{label.Th}\" ({field}) ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง", $"\"{label.En}\" ({field}) is not valid UTF-8 text.");
    }

    public static BilingualText NotText(string field) =>
        new($"ช่อง \"{field}\" ต้องเป็นข้อความ", $"\"{field}\" must be a string.");

    public static BilingualText Duplicate(string field) =>
        new($"ช่อง \"{field}\" ถูกส่งมาซ้ำกัน", $"\"{field}\" was sent more than once.");

    public static BilingualText UnknownField(string field) =>
        new($"ไม่รู้จักช่อง \"{field}\"", $"Unknown field \"{field}\".");

    public static readonly BilingualText Honeypot = new(
        "ช่อง \"เว็บไซต์\" (website) ต้องเว้นว่างไว้",
        "The \"website\" field must be left empty.");

    public static readonly BilingualText SubmissionIdFormat = new(
        $"รหัสการส่ง (submission_id) ต้องเป็นตัวอักษรอังกฤษ ตัวเลข หรือ - _ ยาว {FieldLimits.MinSubmissionIdChars}–{FieldLimits.MaxChars[FieldNames.SubmissionId]} ตัว",
        $"submission_id must be {FieldLimits.MinSubmissionIdChars}–{FieldLimits.MaxChars[FieldNames.SubmissionId]} characters of A–Z, a–z, 0–9, - or _.");

    public static readonly BilingualText MalformedJson = new(
        "ข้อมูล JSON ไม่ถูกต้อง ต้องเป็นออบเจกต์ที่มีแต่ข้อความ",
        "Malformed JSON: expected one object whose values are strings.");

    public static readonly BilingualText MalformedForm = new(
        "ข้อมูลแบบฟอร์มไม่ถูกต้อง",
        "Malformed form data.");

    public static readonly BilingualText BodyTooLarge = new(
        $"ข้อมูลที่ส่งมีขนาดเกิน {Input.RequestLimits.MaxBodyBytes / 1024} KiB กรุณาย่อข้อความ",
        $"The request body is larger than {Input.RequestLimits.MaxBodyBytes / 1024} KiB; please shorten the text.");

    public static readonly BilingualText FactsTooLarge = new(
        "ข้อความทุกช่องรวมกันยาวเกินกว่าที่ระบบจัดเก็บได้ (อีโมจิและสัญลักษณ์ใช้พื้นที่มาก) กรุณาย่อข้อความ",
        "Taken together, the fields are too long to store (emoji and symbols take more room); please shorten the text.");

    public static readonly BilingualText UnsupportedMediaType = new(
        "รองรับเฉพาะ application/x-www-form-urlencoded หรือ application/json (UTF-8)",
        "Only application/x-www-form-urlencoded or application/json (UTF-8) is accepted.");

    public static readonly BilingualText ReceiptFormat = new(
        "รหัสติดตามเรื่อง (receipt) ต้องเป็นตัวเลข 16 หลัก จะมีช่องว่างหรือขีดคั่นก็ได้",
        "The receipt code must be 16 digits; spaces or dashes are fine.");

    public static readonly BilingualText ReceiptNotFound = new(
        "ไม่พบเรื่องที่ตรงกับรหัสติดตามนี้ กรุณาตรวจสอบตัวเลขอีกครั้ง",
        "No report matches this receipt code; please check the digits.");

    public static readonly BilingualText StoreUnavailable = new(
        "ขออภัย ระบบรับเรื่องขัดข้องชั่วคราว ข้อมูลของท่านยังไม่ถูกบันทึกและยังไม่มีรหัสติดตาม กรุณาลองส่งใหม่อีกครั้งในอีกสักครู่",
        "Sorry, the complaint service is temporarily unavailable. Nothing was saved and no receipt was issued. Please try again in a few minutes.");

    public static readonly BilingualText StoreOutcomeUnknown = new(
        "ขออภัย ระบบจัดเก็บไม่ตอบสนองจึงยืนยันไม่ได้ว่าบันทึกเรื่องของท่านแล้วหรือไม่ กรุณาส่งเรื่องเดิมอีกครั้งในอีกสักครู่ หากเรื่องแรกบันทึกไว้แล้ว ท่านจะได้รับรหัสติดตามเดิม ไม่มีการบันทึกซ้ำ",
        "Sorry, the store stopped answering, so we cannot confirm whether your report was saved. Send the same report again in a few minutes: if the first one was saved you will be shown its receipt code, and it will not be stored twice.");

    public static readonly BilingualText BadReplySignature = new(
        "ลายมือชื่อดิจิทัลของคำตอบไม่ถูกต้อง หรือไม่ใช่ของเจ้าหน้าที่ที่ได้รับมอบหมาย คำตอบไม่ถูกบันทึก",
        "The reply's signature does not verify against any configured officer key; the reply was not stored.");

    public static readonly BilingualText ReplyIdFormat = new(
        "รหัสคำตอบ (reply_id) ต้องเป็นเลขฐานสิบหก 32 ตัว (ตัวพิมพ์เล็ก)",
        "reply_id must be 32 lower-case hexadecimal characters.");

    public static readonly BilingualText SignatureFormat = new(
        "ลายมือชื่อ (signature) ต้องเป็น Ed25519 64 ไบต์ในรูปแบบ base64",
        "signature must be a 64-byte Ed25519 signature in base64.");

    public static readonly BilingualText TooManyRequests = new(
        "มีการส่งข้อมูลถี่เกินไป กรุณารอสักครู่แล้วลองใหม่",
        "Too many requests; please wait a while and try again.");

    public static readonly BilingualText Unexpected = new(
        "เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลของท่านอาจยังไม่ถูกบันทึก กรุณาลองใหม่",
        "An unexpected error occurred; your data may not have been saved. Please try again.");

    public static readonly BilingualText OfficerKeyRequired = new(
        "ต้องใช้กุญแจเจ้าหน้าที่ (X-Officer-Key)",
        "An officer key (X-Officer-Key) is required.");

    public static readonly BilingualText UnknownStatus = new(
        "สถานะไม่ถูกต้อง ต้องเป็นหนึ่งใน: " + string.Join(", ", ComplaintStatus.All.Keys),
        "Unknown status; use one of: " + string.Join(", ", ComplaintStatus.All.Keys) + ".");

    public static readonly BilingualText ResealNotOnlyAdding = new(
        "ข้อมูลใหม่ต้องเป็นข้อความเข้ารหัสเดิมทุกไบต์ โดยเพิ่มเจ้าหน้าที่ผู้รับเท่านั้น ไม่ได้บันทึก",
        "The new sealed form must keep the same ciphertext and every earlier officer, adding officers only; nothing was stored.");

    public static readonly BilingualText ResealNotAnOfficer = new(
        "กุญแจที่เพิ่มไม่ใช่กุญแจเจ้าหน้าที่ที่ตั้งค่าไว้ในระบบรับเรื่อง (Intake:OfficerPublicKeys) ไม่ได้บันทึก",
        "An added key is not one of the officer keys configured in the intake (Intake:OfficerPublicKeys); nothing was stored.");

    public static readonly BilingualText ResealChanged = new(
        "รายการนี้ถูกเปลี่ยนระหว่างทำงาน ให้ลองอีกครั้ง",
        "The item changed meanwhile; run it again.");

    public static BilingualText TooManyFiles(int max) => new($"แนบไฟล์ได้ไม่เกิน {max} ไฟล์", $"At most {max} files can be attached.");

    public static BilingualText FilesTooLarge(long maxTotalBytes) => new(
        $"ไฟล์ทั้งหมดรวมกันต้องไม่เกิน {AttachmentLimits.Megabytes(maxTotalBytes)} ไม่มีการบันทึกข้อมูลใด ๆ",
        $"All files together must not exceed {AttachmentLimits.Megabytes(maxTotalBytes)}; nothing was saved.");

    /// <summary>A refused file, named by its position on the form (and the reporter's own name for it, on their page only).</summary>
    public static BilingualText FileRefused(int position, string? name, BilingualText reason)
    {
        var named = string.IsNullOrWhiteSpace(name) ? "" : $" ({name})";
        return new($"ไฟล์ที่ {position}{named}: {reason.Th}", $"File {position}{named}: {reason.En}");
    }

    public static readonly BilingualText FilesNotAccepted = new(
        "ช่องทางนี้ยังไม่รับไฟล์แนบ กรุณาส่งเรื่องโดยไม่แนบไฟล์ แล้วบอกในช่องหลักฐานว่ามีเอกสารใดบ้าง",
        "This channel takes no files; please send the report without them and say in the evidence field what documents exist.");

    public static readonly BilingualText ComplaintNotFound = new("ไม่พบเรื่องร้องเรียนนี้", "No such complaint.");

    public static BilingualText PeriodDate(string parameter) => new(
        $"ต้องระบุ {parameter} เป็นวันที่แบบ YYYY-MM-DD (ปีคริสต์ศักราช)",
        $"Give {parameter} as a date, YYYY-MM-DD (Gregorian year).");

    public static readonly BilingualText PeriodOrder = new(
        "วันที่ to ต้องไม่ก่อนวันที่ from และช่วงเวลาต้องไม่เกิน 10 ปี",
        "to must not be before from, and the period must not exceed 10 years.");
}
