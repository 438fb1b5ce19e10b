using System.Collections.Concurrent;

namespace IntegritySite.Site.Diagnostics;

/// <summary>Collects every finding of a build so they are reported together, not one per run.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(string path, int line, int column, string message) =>
        _items.Enqueue(new Diagnostic(Severity.Error, path, line, column, message));

    public void Warning(string path, int line, int column, string message) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, path, line, column, message));

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file, line and column so the report reads top to bottom and is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Line).ThenBy(d => d.Column)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
