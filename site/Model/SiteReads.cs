namespace IntegritySite.Site.Model;

/// <summary>
/// What one page's templates read of the site besides its own document, recorded while it renders: which lists
/// (measures in Thai, announcements in English, …), which other documents (a translation, a linked page's title) and
/// which derived tables (ITA labels). An incremental build re-renders a page only when one of these changed, so a
/// template that starts reading something new is tracked without anyone declaring it. Site-wide settings (site.yml,
/// the build day, data files) are not recorded: a change to them re-renders everything.
/// </summary>
public sealed class SiteReads
{
    private readonly HashSet<SiteRead> _reads = [];
    private readonly Lock _gate = new();

    public void Record(SiteRead read)
    {
        lock (_gate)
        {
            _reads.Add(read);
        }
    }

    public IReadOnlyCollection<SiteRead> All
    {
        get
        {
            lock (_gate)
            {
                return _reads.ToList();
            }
        }
    }
}

/// <summary>One thing a page read: a list of a kind in a language, one document by key or by address, or a derived table.</summary>
/// <param name="Key">The section of a list or document, or the address read.</param>
/// <param name="Slug">The document's slug (documents only).</param>
public readonly record struct SiteRead(SiteReadKind Kind, string Key, string Slug = "", Language Language = Language.Th)
{
    public static SiteRead List(string section, Language language) => new(SiteReadKind.List, section, Language: language);

    public static SiteRead Document(string section, string slug, Language language) => new(SiteReadKind.Document, section, slug, language);

    public static SiteRead Address(string url) => new(SiteReadKind.Address, url);

    public static readonly SiteRead AllDocuments = new(SiteReadKind.AllDocuments, "");

    public static readonly SiteRead ItaLabels = new(SiteReadKind.ItaLabels, "");

    /// <summary>The ITA coverage of the published years (the ITA pages).</summary>
    public static readonly SiteRead ItaCoverage = new(SiteReadKind.ItaCoverage, "");
}

public enum SiteReadKind
{
    List,
    Document,
    Address,
    AllDocuments,
    ItaLabels,
    ItaCoverage,
}
