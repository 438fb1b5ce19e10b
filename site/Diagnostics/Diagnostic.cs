namespace IntegritySite.Site.Diagnostics;

/// <summary>One finding about the content, located as <c>path:line:col</c> (1-based; 0 when unknown).</summary>
public sealed record Diagnostic(Severity Severity, string Path, int Line, int Column, string Message)
{
    public override string ToString()
    {
        var location = Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{location}: {kind}: {Message}";
    }
}
