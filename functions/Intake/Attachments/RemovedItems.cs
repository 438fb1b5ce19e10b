namespace IntegritySite.Intake.Attachments;

/// <summary>The names of what a cleaner removes, as the receipt lists them (one wording per item).</summary>
public static class RemovedItems
{
    public static readonly BilingualText Exif = new("ข้อมูล EXIF (รุ่นกล้อง/โทรศัพท์ วันเวลาที่ถ่าย)", "EXIF data (camera or phone model, time taken)");
    public static readonly BilingualText Gps = new("พิกัด GPS (ตำแหน่งที่ถ่าย)", "GPS position (where it was taken)");
    public static readonly BilingualText Xmp = new("ข้อมูล XMP", "XMP metadata");
    public static readonly BilingualText Iptc = new("ข้อมูล IPTC (ผู้สร้าง คำบรรยาย)", "IPTC data (creator, caption)");
    public static readonly BilingualText Icc = new("โปรไฟล์สี ICC", "ICC colour profile");
    public static readonly BilingualText Comment = new("ความเห็นที่ฝังในไฟล์", "Embedded comments");
    public static readonly BilingualText ReEncoded = new("บันทึกภาพใหม่ (ไม่มีข้อมูลแฝงอื่นติดไป)", "Image re-encoded (nothing else hidden carried over)");
    public static readonly BilingualText HeicToJpeg = new("แปลงภาพ HEIC เป็น JPEG", "HEIC image converted to JPEG");
    public static readonly BilingualText PdfInfo = new("ข้อมูลเอกสาร PDF (ผู้เขียน ชื่อเรื่อง โปรแกรม วันที่)", "PDF document information (author, title, program, dates)");
    public static readonly BilingualText PdfXmp = new("ข้อมูล XMP ของ PDF", "PDF XMP metadata");
    public static readonly BilingualText OfficeCore = new("คุณสมบัติเอกสาร (ผู้เขียน ผู้แก้ไขล่าสุด ชื่อเรื่อง วันที่)", "Document properties (author, last modified by, title, dates)");
    public static readonly BilingualText OfficeApp = new("ข้อมูลโปรแกรม (บริษัท ผู้จัดการ เวลาแก้ไข)", "Application properties (company, manager, editing time)");
    public static readonly BilingualText OfficeCustom = new("คุณสมบัติที่กำหนดเอง", "Custom properties");
    public static readonly BilingualText CommentAuthors = new("ชื่อผู้เขียนความเห็นและการแก้ไข", "Names of comment and change authors");
    public static readonly BilingualText RevisionIds = new("รหัสการแก้ไข (rsid)", "Revision ids (rsid)");
    public static readonly BilingualText Thumbnail = new("ภาพย่อของเอกสาร", "Document thumbnail");
    public static readonly BilingualText People = new("รายชื่อผู้ร่วมแก้ไข", "List of people who edited");
    public static BilingualText TextConverted(string from) => new($"แปลงข้อความจาก {from} เป็น UTF-8", $"Text converted from {from} to UTF-8");
    public static readonly BilingualText TextBom = new("เครื่องหมาย BOM ต้นไฟล์", "Byte-order mark");
    public static readonly BilingualText Nothing = new("ไม่พบข้อมูลแฝง", "No hidden metadata found");
}
