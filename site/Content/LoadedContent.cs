using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

/// <summary>The content files of one input as loaded: their paths in order, each file with what loading it gave, and
/// what was said about paths that are not content (a Markdown file outside the content folders, an unknown folder).</summary>
public sealed record LoadedContent(SiteSource Source, IReadOnlyList<string> Paths, IReadOnlyDictionary<string, LoadedFile> Files, IReadOnlyList<Diagnostic> PathProblems)
{
    /// <summary>The documents in path order (files with errors have none).</summary>
    public IReadOnlyList<ContentDocument> Documents { get; } = Paths.Select(p => Files[p].Document).OfType<ContentDocument>().ToList();

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in PathProblems.Concat(Paths.SelectMany(p => Files[p].Diagnostics)))
        {
            diagnostics.Add(diagnostic);
        }
    }
}

/// <summary>One content file as loaded: its bytes, its document (null when it had errors) and its diagnostics.</summary>
public sealed record LoadedFile(byte[] Bytes, ContentDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasBytes(byte[] bytes) => ReferenceEquals(Bytes, bytes) || Bytes.AsSpan().SequenceEqual(bytes);
}
