using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Checks;

/// <summary>A page as it will be written (Thai line breaks applied), with what the link check needs of it. Once staged
/// in a build (Pipeline.RenderStage) its <see cref="RenderedPage.Html"/> is empty: the page is kept as its file's bytes.</summary>
public sealed record FinishedPage(RenderedPage Page, PageAnchors Anchors);
