namespace IntegritySite.Site.Model;

public sealed record Announcement : ContentDocument
{
    public Announcement(DocumentHeader header) : base(header)
    {
    }

    public required DateOnly Date { get; init; }
    public required AnnouncementKind Kind { get; init; }
    public DateOnly? Expires { get; init; }

    public override string Section => "announcements";
}
