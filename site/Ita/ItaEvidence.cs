using IntegritySite.Site.Model;

namespace IntegritySite.Site.Ita;

/// <summary>Something published that an assessor can open as evidence for ITA items.</summary>
public abstract record ItaEvidence
{
    /// <summary>As written (<c>complaint-statistics</c>, <c>o42</c>, <c>2569:O19</c>); <see cref="ItaTagResolver"/> says what it means.</summary>
    public required string Tag { get; init; }

    /// <summary>Every item of every year the tag points at.</summary>
    public required IReadOnlyList<ItaTarget> Targets { get; init; }

    /// <summary>The days it is dated; empty = undated (counts as present and is never stale).</summary>
    public required IReadOnlyList<DateOnly> Dates { get; init; }

    public required SourceLocation Location { get; init; }

    public bool IsFor(int year, string code) => Targets.Contains(new ItaTarget(year, code));
}

/// <summary>A page of this site whose front matter says <c>ita: [tag]</c> (the Thai original; its translation is linked from English pages).</summary>
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
