using IntegritySite.Site.Content;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering.Pages;

namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>input/announcements/: the municipality's announcements (No Gift policy, conflict of interest), newest first.</summary>
public static class AnnouncementsKind
{
    public static readonly ContentKind Kind = ContentKind.Of<Announcement, AnnouncementPage>(new AnnouncementReader(), "Announcement",
        KindListing.Of<AnnouncementsIndexPage>(Routes.AnnouncementsIndex, Rendering.SiteWords.Announcements)) with
    {
        Template = new("announcement", r => new($"announcements/{r.Date}-{r.Slug}.th.md", $"---\ntitle: ประกาศเรื่อง…\ndate: {r.Date}\nkind: general\n---\nข้อความประกาศ\n")),
    };
}
