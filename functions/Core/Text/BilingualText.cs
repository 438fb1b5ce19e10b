namespace IntegritySite.Core.Text;

/// <summary>A message in Thai (shown first) and English.</summary>
public sealed record BilingualText(string Th, string En);
