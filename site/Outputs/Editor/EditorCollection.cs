using IntegritySite.Site.Content.Readers;

namespace IntegritySite.Site.Outputs.Editor;

/// <summary>One content kind as the staff editor shows it: the folder its reader owns, the kind's Thai name.</summary>
public sealed record EditorCollection(IDocumentReader Reader, string Label);
