using IntegritySite.Site.Diagnostics;
using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content;

/// <summary>The content files as loaded: their documents in path order, and each file with what loading it gave.</summary>
public sealed record LoadedContent(IReadOnlyList<ContentDocument> Documents, IReadOnlyDictionary<string, LoadedFile> Files);

/// <summary>One content file as loaded: its bytes, its document (null when it had errors) and its diagnostics.</summary>
public sealed record LoadedFile(byte[] Bytes, ContentDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasBytes(byte[] bytes) => ReferenceEquals(Bytes, bytes) || Bytes.AsSpan().SequenceEqual(bytes);
}
