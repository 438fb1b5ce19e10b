using IntegritySite.Site.Model;

namespace IntegritySite.Site.Derive;

public static class AnnouncementValidity
{
    /// <summary>An announcement is expired from the day after its <c>expires</c> date; it stays published as a record.</summary>
    public static bool IsExpiredOn(this Announcement announcement, DateOnly day) =>
        announcement.Expires is { } expires && expires < day;
}
