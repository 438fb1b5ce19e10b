using IntegritySite.Core.Text;

namespace IntegritySite.Core.Complaints;

/// <summary>Field names, identical in form posts and JSON.</summary>
public static class FieldNames
{
    public const string Category = "category";
    public const string What = "what";
    public const string Who = "who";
    public const string When = "when";
    public const string Where = "where";
    public const string HowKnown = "how_known";
    public const string Evidence = "evidence";
    public const string Contact = "contact";
    public const string SubmissionId = "submission_id";
    public const string Honeypot = "website";
    /// <summary>The language of the page a form was sent from (th, en): the answer follows it. Not part of the report.</summary>
    public const string Lang = "lang";
    /// <summary>The file inputs of a multipart form (each part named so; up to <see cref="AttachmentLimits.DefaultMaxFiles"/>).</summary>
    public const string Attachment = "attachment";
    public const string Receipt = "receipt";
    public const string Message = "message";
    public const string ReplyId = "reply_id";
    public const string Signature = "signature";
    /// <summary>Officer rewrap: which sealed item ("content", or a message key) and its new sealed form.</summary>
    public const string Item = "item";
    public const string Sealed = "sealed";
    public const string Body = "body";
    public const string ContentType = "content-type";

    public static readonly IReadOnlySet<string> Complaint = new HashSet<string>(StringComparer.Ordinal)
    {
        Category, What, Who, When, Where, HowKnown, Evidence, Contact, SubmissionId, Honeypot, Lang,
    };

    public static readonly IReadOnlySet<string> StatusRequest = new HashSet<string>(StringComparer.Ordinal) { Receipt, Message, Lang };

    public static readonly IReadOnlyDictionary<string, BilingualText> Labels = new Dictionary<string, BilingualText>(StringComparer.Ordinal)
    {
        [Category] = new("ประเภทเรื่อง", "Category"),
        [What] = new("เกิดอะไรขึ้น", "What happened"),
        [Who] = new("ผู้เกี่ยวข้อง (ตำแหน่ง/หน่วยงาน)", "Who (position/unit)"),
        [When] = new("เมื่อใด", "When"),
        [Where] = new("ที่ใด", "Where"),
        [HowKnown] = new("ท่านทราบเรื่องนี้ได้อย่างไร", "How you know"),
        [Evidence] = new("หลักฐานหรือพยาน", "Evidence or witnesses"),
        [Contact] = new("ช่องทางติดต่อกลับ", "Contact"),
        [SubmissionId] = new("รหัสการส่ง", "Submission id"),
        [Honeypot] = new("เว็บไซต์", "Website"),
        [Lang] = new("ภาษาของหน้า", "Page language"),
        [Attachment] = new("ไฟล์หลักฐาน", "Evidence files"),
        [Receipt] = new("รหัสติดตามเรื่อง", "Receipt code"),
        [Message] = new("ข้อความเพิ่มเติม", "Follow-up message"),
        [ReplyId] = new("รหัสคำตอบ", "Reply id"),
        [Signature] = new("ลายมือชื่อดิจิทัลของเจ้าหน้าที่", "Officer's signature"),
        [Item] = new("รายการที่ปิดผนึก", "Sealed item"),
        [Sealed] = new("ข้อมูลที่ปิดผนึกใหม่", "New sealed form"),
        [Body] = new("ข้อมูลที่ส่ง", "Request body"),
        [ContentType] = new("ชนิดข้อมูล", "Content type"),
    };

    public static BilingualText Label(string? field) =>
        field is not null && Labels.TryGetValue(field, out var label) ? label : new("คำขอ", "Request");
}
