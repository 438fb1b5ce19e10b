namespace IntegritySite.Site.Model;

public sealed record Report : ContentDocument
{
    public Report(DocumentHeader header) : base(header)
    {
    }

    public required DateOnly Date { get; init; }
    public required ReportKind Kind { get; init; }

    /// <summary>Show the measures table with each status as of <see cref="Date"/>.</summary>
    public bool MeasuresTable { get; init; }

    public const string SectionName = "reports";

    public override string Section => SectionName;

    public override IReadOnlyList<DateOnly> EvidenceDates => [Date];

    public override IEnumerable<string> DisagreementsWith(ContentDocument original)
    {
        if (original is Report th && th.Date != Date)
        {
            yield return $"date is {Date:yyyy-MM-dd}, the original says {th.Date:yyyy-MM-dd}";
        }
    }
}
