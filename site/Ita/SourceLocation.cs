namespace IntegritySite.Site.Ita;

/// <summary>Where something was written in input/, so a finding about it points staff at the line to fix.</summary>
public sealed record SourceLocation(string Path, int Line, int Column);
