namespace IntegritySite.Site.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
