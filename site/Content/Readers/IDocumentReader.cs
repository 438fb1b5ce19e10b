using IntegritySite.Site.Model;

namespace IntegritySite.Site.Content.Readers;

/// <summary>Turns the front matter of one kind of content into its typed document, reporting every problem found.</summary>
public interface IDocumentReader
{
    /// <summary>The folder under input/ this reader owns.</summary>
    string Folder { get; }

    /// <summary>Null when the file has errors (they are in the diagnostics).</summary>
    ContentDocument? Read(DocumentContext context);

    /// <summary>The web address part of a file name (without language and .md): what staff put in front to order files goes.</summary>
    string SlugOf(string fileStem) => fileStem;
}
