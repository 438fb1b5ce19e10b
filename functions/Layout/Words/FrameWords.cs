namespace IntegritySite.Layout.Words;

/// <summary>The words of the page frame (<see cref="PageFrame"/>): skip link, header, menu, footer.</summary>
public static class FrameWords
{
    public static readonly BilingualText SkipToContent = new(
        "ข้ามไปยังเนื้อหา",
        "Skip to content");

    public static readonly BilingualText Home = new(
        "หน้าแรก",
        "Home");

    public static readonly BilingualText Search = new(
        "ค้นหา",
        "Search");

    public static readonly BilingualText MainMenu = new(
        "เมนูหลัก",
        "Main menu");

    public static readonly BilingualText LanguageSwitchLabel = new(
        "ภาษา",
        "Language");

    public static readonly BilingualText OtherLanguageName = new(
        "English",
        "ภาษาไทย");

    public static readonly BilingualText ReportCorruption = new(
        "แจ้งเรื่องร้องเรียนการทุจริต",
        "Report corruption");

    public static readonly BilingualText ReportCorruptionPitch = new(
        "พบเห็นการทุจริตหรือประพฤติมิชอบของเจ้าหน้าที่? แจ้งได้โดยไม่ต้องเปิดเผยตัวตน ช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไปเพื่อคุ้มครองผู้แจ้ง",
        "Seen an official act corruptly? You can report it without giving your name. This channel is separate from general complaints to protect you.");

    public static readonly BilingualText CheckReport = new(
        "ติดตามเรื่องร้องเรียน",
        "Check my report");

    public static readonly BilingualText Footer = new(
        "เว็บไซต์นี้สร้างจากข้อมูลที่เจ้าหน้าที่ตรวจสอบแล้ว ใช้งานได้โดยไม่ต้องเปิด JavaScript",
        "This site is built from content checked by municipal staff. It works without JavaScript.");
}
