namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>The site's content kinds, in menu order: the one list of them.</summary>
public static class ContentKinds
{
    public static readonly IReadOnlyList<ContentKind> Default = [MeasuresKind.Kind, AnnouncementsKind.Kind, ReportsKind.Kind, PagesKind.Kind];
}
