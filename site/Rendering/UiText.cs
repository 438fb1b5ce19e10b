using IntegritySite.Site.Model;

namespace IntegritySite.Site.Rendering;

/// <summary>Every fixed word of the templates, once per language, checked by the compiler.</summary>
public sealed record UiText
{
    public required string SkipToContent { get; init; }
    public required string Home { get; init; }
    public required string Measures { get; init; }
    public required string MeasuresLong { get; init; }
    public required string Announcements { get; init; }
    public required string Reports { get; init; }
    public required string ReportCorruption { get; init; }
    public required string CheckReport { get; init; }
    public required string MainMenu { get; init; }
    public required string LanguageSwitchLabel { get; init; }
    public required string OtherLanguageName { get; init; }
    public required string Number { get; init; }
    public required string Measure { get; init; }
    public required string Steps { get; init; }
    public required string Responsible { get; init; }
    public required string Monitoring { get; init; }
    public required string Status { get; init; }
    public required string History { get; init; }
    public required string Evidence { get; init; }
    public required string NoHistory { get; init; }
    public required string StatusAsOf { get; init; }
    public required string CurrentStatus { get; init; }
    public required string MeasuresAtAGlance { get; init; }
    public required string OfMeasures { get; init; }
    public required string LatestAnnouncements { get; init; }
    public required string AllAnnouncements { get; init; }
    public required string AllMeasures { get; init; }
    public required string LatestReports { get; init; }
    public required string Published { get; init; }
    public required string Expires { get; init; }
    public required string Expired { get; init; }
    public required string ItaItems { get; init; }
    public required string OpenData { get; init; }
    public required string Feed { get; init; }
    public required string Contact { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string ReportCorruptionPitch { get; init; }
    public required string NothingYet { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string StatusChartTitle { get; init; }
    public required string Footer { get; init; }
    public required string ItaIndex { get; init; }
    public required string ItaYearsLink { get; init; }
    public required string Search { get; init; }
    public required string SearchTitle { get; init; }
    public required string SearchNeedsJavaScript { get; init; }
    public required string SearchBrowse { get; init; }
    public required string SearchPlaceholder { get; init; }
    public required string SearchNoResults { get; init; }
    public required string StatsHeading { get; init; }
    public required string StatsAsOf { get; init; }
    public required string StatsPeriod { get; init; }
    public required string StatsNone { get; init; }
    public required string StatsByMonth { get; init; }
    public required string StatsByCategory { get; init; }
    public required string Month { get; init; }
    public required string Category { get; init; }
    public required string Received { get; init; }
    public required string Completed { get; init; }
    public required string InProgress { get; init; }
    public required string Total { get; init; }
    public required string StatsNote { get; init; }

    public static UiText For(Language language) => language.Pick(Th, En);

    public static readonly UiText Th = new()
    {
        SkipToContent = "ข้ามไปยังเนื้อหา",
        Home = "หน้าแรก",
        Measures = "มาตรการ",
        MeasuresLong = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        Announcements = "ประกาศ",
        Reports = "รายงาน",
        ReportCorruption = "แจ้งเรื่องร้องเรียนการทุจริต",
        CheckReport = "ติดตามเรื่องร้องเรียน",
        MainMenu = "เมนูหลัก",
        LanguageSwitchLabel = "ภาษา",
        OtherLanguageName = "English",
        Number = "ที่",
        Measure = "มาตรการ",
        Steps = "ขั้นตอนหรือวิธีการ",
        Responsible = "ผู้รับผิดชอบ",
        Monitoring = "การกำกับติดตาม",
        Status = "สถานะการดำเนินงาน",
        History = "ความคืบหน้า",
        Evidence = "หลักฐาน",
        NoHistory = "ยังไม่มีการบันทึกความคืบหน้า",
        StatusAsOf = "สถานะ ณ วันที่",
        CurrentStatus = "สถานะปัจจุบัน",
        MeasuresAtAGlance = "ความคืบหน้าของมาตรการ",
        OfMeasures = "มาตรการ",
        LatestAnnouncements = "ประกาศล่าสุด",
        AllAnnouncements = "ประกาศทั้งหมด",
        AllMeasures = "ดูมาตรการทั้งหมด",
        LatestReports = "รายงานล่าสุด",
        Published = "ประกาศเมื่อ",
        Expires = "มีผลถึง",
        Expired = "สิ้นผลแล้ว",
        ItaItems = "ตัวชี้วัด ITA ที่เกี่ยวข้อง",
        OpenData = "ข้อมูลเปิด",
        Feed = "ฟีดประกาศ (Atom)",
        Contact = "ติดต่อ",
        Phone = "โทรศัพท์",
        Email = "อีเมล",
        ReportCorruptionPitch = "พบเห็นการทุจริตหรือประพฤติมิชอบของเจ้าหน้าที่? แจ้งได้โดยไม่ต้องเปิดเผยตัวตน ช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไปเพื่อคุ้มครองผู้แจ้ง",
        NothingYet = "ยังไม่มีรายการ",
        NotFoundTitle = "ไม่พบหน้าที่ต้องการ",
        NotFoundText = "ที่อยู่นี้อาจพิมพ์ผิด หรือหน้าถูกย้ายแล้ว",
        StatusChartTitle = "จำนวนมาตรการตามสถานะการดำเนินงาน",
        Footer = "เว็บไซต์นี้สร้างจากข้อมูลที่เจ้าหน้าที่ตรวจสอบแล้ว ใช้งานได้โดยไม่ต้องเปิด JavaScript",
        ItaIndex = "การเปิดเผยข้อมูลสาธารณะ (ITA/OIT)",
        ItaYearsLink = "ผลการประเมิน ITA รายปี",
        Search = "ค้นหา",
        SearchTitle = "ค้นหาในเว็บไซต์",
        SearchNeedsJavaScript = "ช่องค้นหาต้องเปิดใช้ JavaScript ในเบราว์เซอร์ หากไม่ได้เปิด ดูข้อมูลทั้งหมดได้จากรายการด้านล่าง",
        SearchBrowse = "ดูข้อมูลตามหมวด",
        SearchPlaceholder = "พิมพ์คำที่ต้องการค้นหา เช่น ทรัพย์สิน",
        SearchNoResults = "ไม่พบผลการค้นหาสำหรับ [SEARCH_TERM]",
        StatsHeading = "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ",
        StatsAsOf = "ข้อมูล ณ วันที่",
        StatsPeriod = "ช่วงเวลา",
        StatsNone = "ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบในช่วงเวลานี้",
        StatsByMonth = "จำนวนเรื่องร้องเรียนจำแนกตามเดือน",
        StatsByCategory = "จำนวนเรื่องร้องเรียนจำแนกตามประเภทของเรื่อง",
        Month = "เดือน",
        Category = "ประเภทของเรื่อง",
        Received = "เรื่องที่ได้รับ",
        Completed = "ดำเนินการแล้วเสร็จ",
        InProgress = "อยู่ระหว่างดำเนินการ",
        Total = "รวม",
        StatsNote = "เรื่องที่ได้รับทุกเรื่องนับเป็น “ดำเนินการแล้วเสร็จ” หรือ “อยู่ระหว่างดำเนินการ” อย่างใดอย่างหนึ่ง เรื่องที่ยุติเนื่องจากข้อเท็จจริงไม่เพียงพอนับเป็นดำเนินการแล้วเสร็จ เรื่องที่รอตรวจสอบหรือรอข้อมูลเพิ่มเติมจากผู้แจ้งนับเป็นอยู่ระหว่างดำเนินการ นับตามวันที่ได้รับเรื่อง ตัวเลขเหล่านี้ไม่มีข้อมูลที่ระบุตัวผู้แจ้งหรือเรื่องใดเรื่องหนึ่ง",
    };

    public static readonly UiText En = new()
    {
        SkipToContent = "Skip to content",
        Home = "Home",
        Measures = "Measures",
        MeasuresLong = "Measures to promote integrity and transparency",
        Announcements = "Announcements",
        Reports = "Reports",
        ReportCorruption = "Report corruption",
        CheckReport = "Check my report",
        MainMenu = "Main menu",
        LanguageSwitchLabel = "Language",
        OtherLanguageName = "ภาษาไทย",
        Number = "No.",
        Measure = "Measure",
        Steps = "Steps",
        Responsible = "Responsible",
        Monitoring = "Monitoring",
        Status = "Status",
        History = "Progress",
        Evidence = "Evidence",
        NoHistory = "No progress recorded yet",
        StatusAsOf = "Status as of",
        CurrentStatus = "Current status",
        MeasuresAtAGlance = "Measures at a glance",
        OfMeasures = "measures",
        LatestAnnouncements = "Latest announcements",
        AllAnnouncements = "All announcements",
        AllMeasures = "See all measures",
        LatestReports = "Latest reports",
        Published = "Published",
        Expires = "Valid until",
        Expired = "Expired",
        ItaItems = "Related ITA items",
        OpenData = "Open data",
        Feed = "Announcements feed (Atom)",
        Contact = "Contact",
        Phone = "Phone",
        Email = "E-mail",
        ReportCorruptionPitch = "Seen an official act corruptly? You can report it without giving your name. This channel is separate from general complaints to protect you.",
        NothingYet = "Nothing yet",
        NotFoundTitle = "Page not found",
        NotFoundText = "The address may be mistyped, or the page has moved.",
        StatusChartTitle = "Number of measures by status",
        Footer = "This site is built from content checked by municipal staff. It works without JavaScript.",
        ItaIndex = "Open data for the ITA assessment (OIT)",
        ItaYearsLink = "ITA assessment by year",
        Search = "Search",
        SearchTitle = "Search this site",
        SearchNeedsJavaScript = "The search box needs JavaScript in your browser. Without it, everything on the site is in the lists below.",
        SearchBrowse = "Browse by section",
        SearchPlaceholder = "Type a word to search for, e.g. property",
        SearchNoResults = "No results for [SEARCH_TERM]",
        StatsHeading = "Corruption and misconduct complaints, fiscal year",
        StatsAsOf = "Figures as of",
        StatsPeriod = "Period",
        StatsNone = "No complaints about corruption or misconduct were received in this period",
        StatsByMonth = "Complaints by month",
        StatsByCategory = "Complaints by category",
        Month = "Month",
        Category = "Category",
        Received = "Received",
        Completed = "Completed",
        InProgress = "In progress",
        Total = "Total",
        StatsNote = "Every complaint received is counted as either completed or in progress. A complaint closed because its facts were not enough to act on counts as completed; one awaiting review or more information from the reporter counts as in progress. Months are those in which the complaint was received. The figures contain nothing that identifies a reporter or a single complaint.",
    };
}
