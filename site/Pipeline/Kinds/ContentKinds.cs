namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>The site's content kinds, in menu order: the one list of them.</summary>
public static class ContentKinds
{
    public static readonly IReadOnlyList<ContentKind> Default = [MeasuresKind.Kind, AnnouncementsKind.Kind, ReportsKind.Kind, PagesKind.Kind];

    /// <summary>What <c>new</c> can create: the template of every kind that has one.</summary>
    public static IReadOnlyList<Content.KindTemplate> Templates(IReadOnlyList<ContentKind> kinds) =>
        kinds.Select(k => k.Template).OfType<Content.KindTemplate>().ToList();
}
