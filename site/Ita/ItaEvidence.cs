using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>Something published that an assessor can open as evidence for one ITA item.</summary>
public abstract record ItaEvidence
{
    public required string Code { get; init; }

    /// <summary>The assessment year it is meant for; null = every published year whose catalogue has <see cref="Code"/>.</summary>
    public int? Year { get; init; }

    /// <summary>The days it is dated; empty = undated (counts as present and is never stale).</summary>
    public required IReadOnlyList<DateOnly> Dates { get; init; }

    public required SourceLocation Location { get; init; }

    public bool AppliesTo(int year) => Year is null || Year == year;
}

/// <summary>A page of this site whose front matter says <c>ita: [code]</c> (the Thai original; its translation is linked from English pages).</summary>
public sealed record PageEvidence : ItaEvidence
{
    public required ContentDocument Document { get; init; }
}

/// <summary>An entry of input/ita/evidence.yml: a file under /files/ or an external address such as an e-service.</summary>
public sealed record LinkEvidence : ItaEvidence
{
    public required LocalizedText Title { get; init; }
    public required string Url { get; init; }
}
