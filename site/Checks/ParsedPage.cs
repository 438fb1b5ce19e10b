using AngleSharp.Html.Dom;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Checks;

/// <summary>A rendered page and its HTML DOM, parsed once for the stages after rendering.</summary>
public sealed record ParsedPage(RenderedPage Page, IHtmlDocument Dom);
