namespace IntegritySite.Site.Model;

public sealed record Announcement : ContentDocument
{
    public Announcement(DocumentHeader header) : base(header)
    {
    }

    public required DateOnly Date { get; init; }
    public required AnnouncementKind Kind { get; init; }
    public DateOnly? Expires { get; init; }

    public const string SectionName = "announcements";

    public override string Section => SectionName;

    public override IReadOnlyList<DateOnly> EvidenceDates => [Date];

    public override IEnumerable<string> DisagreementsWith(ContentDocument original)
    {
        if (original is not Announcement th)
        {
            yield break;
        }
        if (th.Date != Date)
        {
            yield return $"date is {Date:yyyy-MM-dd}, the original says {th.Date:yyyy-MM-dd}";
        }
        if (th.Kind != Kind)
        {
            yield return "kind differs from the original";
        }
    }
}
