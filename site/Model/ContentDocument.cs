namespace IntegritySite.Site.Model;

/// <summary>A typed content document: the header every file has, plus what its kind adds.</summary>
public abstract record ContentDocument
{
    protected ContentDocument(DocumentHeader header)
    {
        SourcePath = header.SourcePath;
        Language = header.Language;
        Slug = header.Slug;
        Title = header.Title;
        Body = header.Body;
        Ita = header.Ita;
        ItaLine = header.ItaLine;
    }

    public string SourcePath { get; init; }
    public Language Language
    {
        get;
        init
        {
            field = value;
            Url = Slug is null ? "" : Routes.Address(this);
        }
    }

    public string Slug
    {
        get;
        init
        {
            field = value;
            Url = Routes.Address(this);
        }
    }
    public string Title { get; init; }
    public RenderedMarkdown Body { get; init; }
    public IReadOnlyList<string> Ita { get; init; }

    /// <summary>The source line of the <c>ita:</c> tags (0 when there are none).</summary>
    public int ItaLine { get; init; }

    /// <summary>Links written in front matter (evidence lists), checked like body links.</summary>
    public IReadOnlyList<SourceLink> FrontMatterLinks { get; init; } = [];

    /// <summary>
    /// Identifies what other pages show of this document: its file, its front matter and its summary — not the rest of
    /// its body, which only its own page shows. Set by the loader; an incremental build re-renders a page that read
    /// this document (in a list, as a translation, as a link's title) only when this key changes. Empty when unknown
    /// (documents made in code), which never counts as unchanged.
    /// </summary>
    public Guid HeaderKey { get; init; }

    /// <summary>The same document, or one that other pages show the same (see <see cref="HeaderKey"/>).</summary>
    public static bool SameHeader(ContentDocument? a, ContentDocument? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.HeaderKey != Guid.Empty && a.HeaderKey == b.HeaderKey);

    public static readonly IEqualityComparer<ContentDocument> HeaderComparer = EqualityComparer<ContentDocument>.Create(
        (a, b) => SameHeader(a, b), d => d.HeaderKey.GetHashCode());

    public abstract string Section { get; }

    /// <summary>The page's address (<see cref="Routes.Of"/>), worked out when the slug or language is set: every build
    /// asks for each document's several times (page jobs, address tables, translations), and `serve` on every save.
    /// A pure function of the two, so two documents that are equal have the same.</summary>
    internal string Url { get; private set; } = "";

    /// <summary>The days this document evidences (ITA staleness): its date, a measure's dated history; none for a plain page.</summary>
    public virtual IReadOnlyList<DateOnly> EvidenceDates => [];

    /// <summary>What a translation must not change from its Thai original (numbers, dates, statuses), each as a sentence.</summary>
    public virtual IEnumerable<string> DisagreementsWith(ContentDocument original) => [];

    public IEnumerable<SourceLink> AllLinks => Body.Links.Concat(FrontMatterLinks);

    /// <summary>A sentence or two for search engines and link previews (meta description): the body's first paragraph.</summary>
    public virtual string Summary => Body.Summary ?? Title;
}
