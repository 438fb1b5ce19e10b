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

    public const string SectionName = "measures";

    public override string Section => SectionName;

    /// <summary>A measure's body is often empty: its steps say what it is.</summary>
    public override string Summary => Body.Summary ?? PlainText.Cut(string.Join(" ", Steps));

    public override IReadOnlyList<DateOnly> EvidenceDates => History.Select(h => h.Date).Distinct().Order().ToList();

    public override IEnumerable<string> DisagreementsWith(ContentDocument original)
    {
        if (original is not Measure th)
        {
            yield break;
        }
        if (th.Number != Number)
        {
            yield return $"number is {Number}, the original says {th.Number}";
        }
        if (th.Status != Status)
        {
            yield return $"status is {Status.Key()}, the original says {th.Status.Key()}";
        }
        var thHistory = string.Join(", ", th.History.Select(h => $"{h.Date:yyyy-MM-dd} {h.Status.Key()}"));
        var enHistory = string.Join(", ", History.Select(h => $"{h.Date:yyyy-MM-dd} {h.Status.Key()}"));
        if (thHistory != enHistory)
        {
            yield return $"history dates and statuses are [{enHistory}], the original says [{thHistory}]";
        }
    }
}
