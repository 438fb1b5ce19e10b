using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering.Pages;

namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>input/measures/: the integrity measures of the memo, each with steps, owner, monitoring and dated status.</summary>
public static class MeasuresKind
{
    public static readonly ContentKind Kind = ContentKind.Of<Measure, MeasurePage>(new MeasureReader(), "Measure",
        KindListing.Of<MeasuresIndexPage>(Routes.MeasuresIndex, t => t.Measures, t => t.MeasuresLong));
}
