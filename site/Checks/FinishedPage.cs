using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Checks;

/// <summary>A page as it will be written (Thai line breaks applied), with what the link check needs of it.</summary>
public sealed record FinishedPage(RenderedPage Page, PageAnchors Anchors);
