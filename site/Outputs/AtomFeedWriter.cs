using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;

namespace IntegritySite.Site.Outputs;

/// <summary>The newest announcements as an Atom feed per language, written with .NET's own syndication library.</summary>
public static class AtomFeedWriter
{
    /// <summary>A feed tells subscribers what is new, so it carries the newest announcements only (every one, with its
    /// full text, would make the file grow with the site's whole history and be rewritten on every edit).</summary>
    public const int Entries = 50;

    public static OutputFile Write(SiteModel site, Language language)
    {
        var config = site.Config;
        var announcements = site.Announcements(language);
        var feedUrl = config.Absolute(Routes.Feed(language));
        var feed = new SyndicationFeed(
            $"{SiteWords.Announcements.For(language)} | {config.Name.For(language)}",
            config.Tagline?.For(language) ?? "",
            new Uri(config.Absolute(Routes.AnnouncementsIndex(language))),
            feedUrl,
            announcements.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, BangkokDate.Offset) : ToTime(announcements.Max(a => a.Date)))
        {
            Language = language.Code(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = config.Name.For(language) });
        feed.Links.Add(new SyndicationLink(new Uri(feedUrl)) { RelationshipType = "self", MediaType = "application/atom+xml" });
        feed.Items = announcements.Take(Entries).Select(a =>
        {
            var url = config.Absolute(Routes.Of(a));
            var item = new SyndicationItem(a.Title, SyndicationContent.CreateHtmlContent(a.Body.Html), new Uri(url), url, ToTime(a.Date))
            {
                PublishDate = ToTime(a.Date),
            };
            item.Categories.Add(new SyndicationCategory(a.Kind.Label(language)));
            return item;
        }).ToList();

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        var xml = builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return OutputFile.Text(Routes.FileOf(Routes.Feed(language)), xml);
    }

    private static DateTimeOffset ToTime(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), BangkokDate.Offset);
}
