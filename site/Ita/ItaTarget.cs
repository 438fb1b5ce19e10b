namespace IntegritySite.Site.Ita;

/// <summary>One item of one assessment year: what a tag finally points at.</summary>
public readonly record struct ItaTarget(int Year, string Code);
