using IntegritySite.Site.Ita;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Pipeline;

/// <summary>
/// Between the last build and this one (same settings): whether something a page read is now different. Documents
/// loaded from unchanged bytes are the same objects, so "the same" is reference equality of documents and lists.
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

    private bool Compute(SiteRead read) => read.Kind switch
    {
        SiteReadKind.List => !before.Model.ListFor(read.Key, read.Language).SequenceEqual(after.ListFor(read.Key, read.Language), ReferenceEqualityComparer.Instance),
        SiteReadKind.Document => !ReferenceEquals(before.Model.DocumentAt(read.Key, read.Slug, read.Language), after.DocumentAt(read.Key, read.Slug, read.Language)),
        SiteReadKind.Address => !ReferenceEquals(before.Views.DocumentAt(read.Key), afterViews.DocumentAt(read.Key)),
        SiteReadKind.AllDocuments => !before.Content.Documents.SequenceEqual(after.Documents, ReferenceEqualityComparer.Instance),
        SiteReadKind.ItaLabels => !SameLabels(before.Model.ItaLabels, after.ItaLabels),
        SiteReadKind.ItaCoverage => !(_coverage ??= CoverageEquality.Same(before.Coverage, afterCoverage)),
        _ => true,
    };

    private static bool SameLabels(IReadOnlyDictionary<string, IReadOnlyList<ItaLabel>> a, IReadOnlyDictionary<string, IReadOnlyList<ItaLabel>> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.SequenceEqual(other));
}
