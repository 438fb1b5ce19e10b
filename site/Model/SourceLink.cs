namespace IntegritySite.Site.Model;

/// <summary>A link written in content, with where it was written, so a broken one is reported at its source line.</summary>
public sealed record SourceLink(string Url, string Path, int Line, int Column);
