using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Portal.Contents.Catalog;
using Portal.Core.Theming;

namespace Portal.PublicSite.Feeds;

/// <summary>What one feed holds, with paths still relative; <see cref="Write"/> makes every address absolute.</summary>
/// <param name="ListPath">The page the feed mirrors ("/blog", "/temas/empleo").</param>
/// <param name="Updated">When the newest entry went public; the site's setup when the list is empty.</param>
public sealed record FeedDocument(string Title, string Description, string ListPath, DateTime Updated, IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>Serializes with System.ServiceModel.Syndication, the framework's own RSS 2.0 and Atom 1.0 writers.</summary>
    public byte[] Write(FeedFormat format, string baseUrl, string siteName)
    {
        var self = new Uri(PublicUrls.Absolute(baseUrl, FeedPaths.Of(ListPath, format)));
        var feed = new SyndicationFeed(Title, Description, new Uri(PublicUrls.Absolute(baseUrl, ListPath)), self.AbsoluteUri, new DateTimeOffset(Utc(Updated)))
        {
            Language = "es-ES",
            Generator = siteName,
            Items = [.. Entries.Select(e => e.ToItem(baseUrl))],
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, FeedPaths.MediaType(format)));
        feed.Authors.Add(new SyndicationPerson { Name = siteName });

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            SyndicationFeedFormatter formatter = format == FeedFormat.Rss ? new Rss20FeedFormatter(feed) : new Atom10FeedFormatter(feed);
            formatter.WriteTo(writer);
        }

        return stream.ToArray();
    }

    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <param name="Category">The Spanish name of the entry's type ("Trámites", "Blog").</param>
public sealed record FeedEntry(CatalogEntry Item, string Category)
{
    internal SyndicationItem ToItem(string baseUrl)
    {
        var url = PublicUrls.Absolute(baseUrl, Item.Url);

        // The version citizens read went public at PublishedUtc: that is both its publication and its last visible change.
        var published = new DateTimeOffset(FeedDocument.Utc(Item.PublishedUtc));
        var item = new SyndicationItem(Item.Title, Item.Summary, new Uri(url), url, published) { PublishDate = published };
        item.Categories.Add(new SyndicationCategory(Category));
        return item;
    }
}
