namespace IntegritySite.Site.Model;

/// <summary>
/// The whole site as typed, validated content. Immutable once built; pages are derived from it.
/// Lists in a language hold each document's translation where there is one and the Thai original where there is not,
/// so the English measures table still has every measure.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<(string Section, string Slug, Language Language), ContentDocument> _byKey;
    private readonly Dictionary<Language, Lists> _lists;
    private readonly SiteReads? _reads;

    public SiteModel(SiteConfig config, IReadOnlyList<ContentDocument> documents)
    {
        Config = config;
        Documents = documents;
        // Every page asks for these lists and translations, so they are sorted and indexed once, not per call.
        _byKey = new Dictionary<(string, string, Language), ContentDocument>();
        foreach (var document in documents)
        {
            _byKey.TryAdd((document.Section, document.Slug, document.Language), document);
        }
        _lists = Enum.GetValues<Language>().ToDictionary(l => l, l => new Lists(this, l));
    }

    /// <summary>
    /// The site with documents replaced by ones that other pages show the same (the same kind, address and header
    /// key: an edit of a body in `serve`). Every list keeps its order, so nothing is sorted again.
    /// </summary>
    /// <param name="documents">All documents, in the order a fresh model would get them.</param>
    /// <param name="replaced">Each earlier document (by reference) and the one that replaces it.</param>
    public SiteModel(SiteModel earlier, IReadOnlyList<ContentDocument> documents, IReadOnlyDictionary<ContentDocument, ContentDocument> replaced)
    {
        Config = earlier.Config;
        Documents = documents;
        _byKey = new Dictionary<(string, string, Language), ContentDocument>(earlier._byKey);
        foreach (var (old, now) in replaced)
        {
            var key = (old.Section, old.Slug, old.Language);
            if (ReferenceEquals(_byKey.GetValueOrDefault(key), old))
            {
                _byKey[key] = now;
            }
        }
        _lists = earlier._lists.ToDictionary(l => l.Key, l => new Lists(l.Value, replaced));
    }

    private SiteModel(SiteModel site, SiteReads reads)
    {
        Config = site.Config;
        Documents = site.Documents;
        ComplaintStatistics = site.ComplaintStatistics;
        BuiltOn = site.BuiltOn;
        ItaLabels = site.ItaLabels;
        _byKey = site._byKey;
        _lists = site._lists;
        _reads = reads;
    }

    /// <summary>The same site, recording into <paramref name="reads"/> what is read of it (one page's render).</summary>
    public SiteModel ReadBy(SiteReads reads) => new(this, reads);

    /// <summary>Records a read made through something built from this site (a page view's address table).</summary>
    public void Record(SiteRead read) => _reads?.Record(read);

    public SiteConfig Config { get; }

    public IReadOnlyList<ContentDocument> Documents
    {
        get
        {
            Record(SiteRead.AllDocuments);
            return field;
        }
    }

    /// <summary>input/data/complaint-statistics.yml, when there is one.</summary>
    public PublishedStatistics? ComplaintStatistics { get; init; }

    /// <summary>The day (in Thailand) the site is built for: announcements that expired before it are marked expired.</summary>
    public DateOnly BuiltOn { get; init; }

    /// <summary>What each <c>ita:</c> tag of the content means in the assessed years (newest first), for the pages that show it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ItaLabel>> ItaLabels { get; init; } = new Dictionary<string, IReadOnlyList<ItaLabel>>();

    public IReadOnlyList<ItaLabel> ItaLabelsOf(string tag)
    {
        Record(SiteRead.ItaLabels);
        return ItaLabels.TryGetValue(tag, out var labels) ? labels : [];
    }

    public IReadOnlyList<Language> Languages => Config.Languages;

    public IReadOnlyList<Measure> Measures(Language language) => ListOf(Measure.SectionName, language).Measures;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Announcement> Announcements(Language language) => ListOf(Announcement.SectionName, language).Announcements;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Report> Reports(Language language) => ListOf(Report.SectionName, language).Reports;

    public IReadOnlyList<Page> Pages(Language language) => ListOf(Page.SectionName, language).Pages;

    public IReadOnlyList<Page> MenuPages(Language language) => ListOf(Page.SectionName, language).MenuPages;

    public Page? PageWithLayout(PageLayout layout, Language language) =>
        Pages(language).FirstOrDefault(p => p.Layout == layout);

    /// <summary>The documents written in exactly this language (the pages to render under its prefix).</summary>
    public IEnumerable<ContentDocument> WrittenIn(Language language) => Documents.Where(d => d.Language == language);

    public T? TranslationOf<T>(T document, Language language) where T : ContentDocument
    {
        if (document.Language == language)
        {
            return document;
        }
        Record(SiteRead.Document(document.Section, document.Slug, language));
        return _byKey.GetValueOrDefault((document.Section, document.Slug, language)) as T;
    }

    /// <summary>The document with this key now (an incremental build compares it with the one an earlier build had).</summary>
    public ContentDocument? DocumentAt(string section, string slug, Language language) =>
        _byKey.GetValueOrDefault((section, slug, language));

    /// <summary>The list of one kind in one language, as pages read it (for comparing two builds' lists).</summary>
    public IReadOnlyList<ContentDocument> ListFor(string section, Language language)
    {
        var lists = _lists[language];
        return section switch
        {
            Measure.SectionName => lists.Measures,
            Announcement.SectionName => lists.Announcements,
            Report.SectionName => lists.Reports,
            Page.SectionName => lists.Pages,
            _ => throw new ArgumentOutOfRangeException(nameof(section), section, "not a listed kind"),
        };
    }

    private Lists ListOf(string section, Language language)
    {
        Record(SiteRead.List(section, language));
        return _lists[language];
    }

    private IEnumerable<T> InLanguage<T>(Language language) where T : ContentDocument =>
        Documents.OfType<T>().Where(d => d.Language == Language.Th).Select(d => TranslationOf(d, language) ?? d);

    private sealed class Lists
    {
        public Lists(SiteModel site, Language language)
        {
            Measures = site.InLanguage<Measure>(language).OrderBy(m => m.Number).ToList();
            Announcements = site.InLanguage<Announcement>(language).OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
            Reports = site.InLanguage<Report>(language).OrderByDescending(r => r.Date).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList();
            Pages = site.InLanguage<Page>(language).OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        }

        /// <summary>The same lists with documents replaced in place: what they are sorted by is in the header, which
        /// the replacements share.</summary>
        public Lists(Lists earlier, IReadOnlyDictionary<ContentDocument, ContentDocument> replaced)
        {
            Measures = Swap(earlier.Measures, replaced);
            Announcements = Swap(earlier.Announcements, replaced);
            Reports = Swap(earlier.Reports, replaced);
            Pages = Swap(earlier.Pages, replaced);
        }

        public IReadOnlyList<Measure> Measures { get; }

        public IReadOnlyList<Announcement> Announcements { get; }

        public IReadOnlyList<Report> Reports { get; }

        public IReadOnlyList<Page> Pages { get; }

        public IReadOnlyList<Page> MenuPages => field ??= Pages.Where(p => p.Order is not null).OrderBy(p => p.Order).ToList();

        private static IReadOnlyList<T> Swap<T>(IReadOnlyList<T> list, IReadOnlyDictionary<ContentDocument, ContentDocument> replaced) where T : ContentDocument =>
            list.Any(replaced.ContainsKey) ? list.Select(d => replaced.TryGetValue(d, out var now) ? (T)now : d).ToList() : list;
    }
}
