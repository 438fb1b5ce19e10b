namespace IntegritySite.Site.Model;

public sealed record HistoryEntry(DateOnly Date, MeasureStatus Status, string? Note, IReadOnlyList<string> Evidence);
