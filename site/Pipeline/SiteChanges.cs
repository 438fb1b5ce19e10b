using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// Between the last build and this one (same settings): whether something a page read is now different. Documents
/// loaded from unchanged bytes are the same objects; an edited one is the same to other pages while its header key is.
/// </summary>
internal sealed class SiteChanges(BuildState before, SiteModel after, PageViews afterViews, IReadOnlyList<YearCoverage> afterCoverage)
{
    private readonly Dictionary<SiteRead, bool> _known = [];
    private bool? _coverage;

    public bool Changed(SiteRead read)
    {
        if (!_known.TryGetValue(read, out var changed))
        {
            changed = Compute(read);
            _known[read] = changed;
        }
        return changed;
    }

    /// <summary>Another document is compared by what other pages show of it (<see cref="ContentDocument.HeaderKey"/>);
    /// a page's own document is compared whole, by the render stage.</summary>
    private bool Compute(SiteRead read) => read.Kind switch
    {
        SiteReadKind.List => !before.Model.ListFor(read.Key, read.Language).SequenceEqual(after.ListFor(read.Key, read.Language), ContentDocument.HeaderComparer),
        SiteReadKind.Document => !ContentDocument.SameHeader(before.Model.DocumentAt(read.Key, read.Slug, read.Language), after.DocumentAt(read.Key, read.Slug, read.Language)),
        SiteReadKind.Address => !ContentDocument.SameHeader(before.Views.DocumentAt(read.Key), afterViews.DocumentAt(read.Key)),
        SiteReadKind.AllDocuments => !before.Content.Documents.SequenceEqual(after.Documents, ContentDocument.HeaderComparer),
        SiteReadKind.ItaLabels => !SameLabels(before.Model.ItaLabels, after.ItaLabels),
        SiteReadKind.ItaCoverage => !(_coverage ??= CoverageEquality.Same(before.Coverage, afterCoverage)),
        _ => true,
    };

    private static bool SameLabels(IReadOnlyDictionary<string, IReadOnlyList<ItaLabel>> a, IReadOnlyDictionary<string, IReadOnlyList<ItaLabel>> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.SequenceEqual(other));
}
