namespace IntegritySite.Site.Rendering;

/// <summary>Every fixed word of the site's templates beyond the page frame's (<c>IntegritySite.Layout.Words.FrameWords</c>), checked by the compiler.</summary>
public static class SiteWords
{
    public static readonly BilingualText Measures = new(
        "มาตรการ",
        "Measures");

    public static readonly BilingualText MeasuresLong = new(
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "Measures to promote integrity and transparency");

    public static readonly BilingualText Announcements = new(
        "ประกาศ",
        "Announcements");

    public static readonly BilingualText Reports = new(
        "รายงาน",
        "Reports");

    public static readonly BilingualText Number = new(
        "ที่",
        "No.");

    public static readonly BilingualText Measure = new(
        "มาตรการ",
        "Measure");

    public static readonly BilingualText Steps = new(
        "ขั้นตอนหรือวิธีการ",
        "Steps");

    public static readonly BilingualText Responsible = new(
        "ผู้รับผิดชอบ",
        "Responsible");

    public static readonly BilingualText Monitoring = new(
        "การกำกับติดตาม",
        "Monitoring");

    public static readonly BilingualText Status = new(
        "สถานะการดำเนินงาน",
        "Status");

    public static readonly BilingualText History = new(
        "ความคืบหน้า",
        "Progress");

    public static readonly BilingualText Evidence = new(
        "หลักฐาน",
        "Evidence");

    public static readonly BilingualText NoHistory = new(
        "ยังไม่มีการบันทึกความคืบหน้า",
        "No progress recorded yet");

    public static readonly BilingualText StatusAsOf = new(
        "สถานะ ณ วันที่",
        "Status as of");

    public static readonly BilingualText CurrentStatus = new(
        "สถานะปัจจุบัน",
        "Current status");

    public static readonly BilingualText MeasuresAtAGlance = new(
        "ความคืบหน้าของมาตรการ",
        "Measures at a glance");

    public static readonly BilingualText OfMeasures = new(
        "มาตรการ",
        "measures");

    public static readonly BilingualText LatestAnnouncements = new(
        "ประกาศล่าสุด",
        "Latest announcements");

    public static readonly BilingualText AllAnnouncements = new(
        "ประกาศทั้งหมด",
        "All announcements");

    public static readonly BilingualText AllMeasures = new(
        "ดูมาตรการทั้งหมด",
        "See all measures");

    public static readonly BilingualText LatestReports = new(
        "รายงานล่าสุด",
        "Latest reports");

    public static readonly BilingualText Published = new(
        "ประกาศเมื่อ",
        "Published");

    public static readonly BilingualText Expires = new(
        "มีผลถึง",
        "Valid until");

    public static readonly BilingualText Expired = new(
        "สิ้นผลแล้ว",
        "Expired");

    public static readonly BilingualText ItaItems = new(
        "ตัวชี้วัด ITA ที่เกี่ยวข้อง",
        "Related ITA items");

    public static readonly BilingualText OpenData = new(
        "ข้อมูลเปิด",
        "Open data");

    public static readonly BilingualText Feed = new(
        "ฟีดประกาศ (Atom)",
        "Announcements feed (Atom)");

    public static readonly BilingualText Contact = new(
        "ติดต่อ",
        "Contact");

    public static readonly BilingualText Phone = new(
        "โทรศัพท์",
        "Phone");

    public static readonly BilingualText Email = new(
        "อีเมล",
        "E-mail");

    public static readonly BilingualText NothingYet = new(
        "ยังไม่มีรายการ",
        "Nothing yet");

    public static readonly BilingualText NotFoundTitle = new(
        "ไม่พบหน้าที่ต้องการ",
        "Page not found");

    public static readonly BilingualText NotFoundText = new(
        "ที่อยู่นี้อาจพิมพ์ผิด หรือหน้าถูกย้ายแล้ว",
        "The address may be mistyped, or the page has moved.");

    public static readonly BilingualText StatusChartTitle = new(
        "จำนวนมาตรการตามสถานะการดำเนินงาน",
        "Number of measures by status");

    public static readonly BilingualText ItaIndex = new(
        "การเปิดเผยข้อมูลสาธารณะ (ITA/OIT)",
        "Open data for the ITA assessment (OIT)");

    public static readonly BilingualText ItaYearsLink = new(
        "ผลการประเมิน ITA รายปี",
        "ITA assessment by year");

    public static readonly BilingualText SearchTitle = new(
        "ค้นหาในเว็บไซต์",
        "Search this site");

    public static readonly BilingualText SearchNeedsJavaScript = new(
        "ช่องค้นหาต้องเปิดใช้ JavaScript ในเบราว์เซอร์ หากไม่ได้เปิด ดูข้อมูลทั้งหมดได้จากรายการด้านล่าง",
        "The search box needs JavaScript in your browser. Without it, everything on the site is in the lists below.");

    public static readonly BilingualText SearchBrowse = new(
        "ดูข้อมูลตามหมวด",
        "Browse by section");

    public static readonly BilingualText SearchPlaceholder = new(
        "พิมพ์คำที่ต้องการค้นหา เช่น ทรัพย์สิน",
        "Type a word to search for, e.g. property");

    public static readonly BilingualText SearchNoResults = new(
        "ไม่พบผลการค้นหาสำหรับ [SEARCH_TERM]",
        "No results for [SEARCH_TERM]");

    public static readonly BilingualText StatsHeading = new(
        "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ",
        "Corruption and misconduct complaints, fiscal year");

    public static readonly BilingualText StatsAsOf = new(
        "ข้อมูล ณ วันที่",
        "Figures as of");

    public static readonly BilingualText StatsPeriod = new(
        "ช่วงเวลา",
        "Period");

    public static readonly BilingualText StatsNone = new(
        "ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบในช่วงเวลานี้",
        "No complaints about corruption or misconduct were received in this period");

    public static readonly BilingualText StatsByMonth = new(
        "จำนวนเรื่องร้องเรียนจำแนกตามเดือน",
        "Complaints by month");

    public static readonly BilingualText StatsByCategory = new(
        "จำนวนเรื่องร้องเรียนจำแนกตามประเภทของเรื่อง",
        "Complaints by category");

    public static readonly BilingualText Month = new(
        "เดือน",
        "Month");

    public static readonly BilingualText Category = new(
        "ประเภทของเรื่อง",
        "Category");

    public static readonly BilingualText Received = new(
        "เรื่องที่ได้รับ",
        "Received");

    public static readonly BilingualText Completed = new(
        "ดำเนินการแล้วเสร็จ",
        "Completed");

    public static readonly BilingualText InProgress = new(
        "อยู่ระหว่างดำเนินการ",
        "In progress");

    public static readonly BilingualText Total = new(
        "รวม",
        "Total");

    public static readonly BilingualText StatsNote = new(
        "เรื่องที่ได้รับทุกเรื่องนับเป็น “ดำเนินการแล้วเสร็จ” หรือ “อยู่ระหว่างดำเนินการ” อย่างใดอย่างหนึ่ง เรื่องที่ยุติเนื่องจากข้อเท็จจริงไม่เพียงพอนับเป็นดำเนินการแล้วเสร็จ เรื่องที่รอตรวจสอบหรือรอข้อมูลเพิ่มเติมจากผู้แจ้งนับเป็นอยู่ระหว่างดำเนินการ นับตามวันที่ได้รับเรื่อง ตัวเลขเหล่านี้ไม่มีข้อมูลที่ระบุตัวผู้แจ้งหรือเรื่องใดเรื่องหนึ่ง",
        "Every complaint received is counted as either completed or in progress. A complaint closed because its facts were not enough to act on counts as completed; one awaiting review or more information from the reporter counts as in progress. Months are those in which the complaint was received. The figures contain nothing that identifies a reporter or a single complaint.");
}
