namespace IntegritySite.Site.Model;

public sealed record Measure : ContentDocument
{
    public Measure(DocumentHeader header) : base(header)
    {
    }

    public required int Number { get; init; }
    public required IReadOnlyList<string> Steps { get; init; }
    public required IReadOnlyList<string> Responsible { get; init; }
    public string? Monitoring { get; init; }
    public required MeasureStatus Status { get; init; }

    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<HistoryEntry> History { get; init; }

    public override string Section => "measures";
}
