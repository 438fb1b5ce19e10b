namespace IntegritySite.Site.Model;

/// <summary>An assessed ITA item a document's tag points at, as readers see it: "ITA 2569 O23 มาตรการส่งเสริม…".</summary>
public sealed record ItaLabel(int Year, string Code, LocalizedText Title);
