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

    public override string Section => "reports";
}
