using Markdig;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Core.Theming;

namespace Portal.Search.Indexing;

/// <summary>Simple pages ("page"): title, summary and the Markdown body as plain text.</summary>
internal sealed class PageDocumentSource(IContentManager contents, PublicUrls urls) : ISearchDocumentSource
{
    public IReadOnlyCollection<string> ContentTypes { get; } = [PageContent.TypeName];

    public Task<SearchDocument?> BuildAsync(ContentItem item, CancellationToken cancellationToken) => Task.FromResult(Build(item));

    private SearchDocument? Build(ContentItem item)
    {
        var url = urls.PathOf(item);
        if (url is null)
        {
            return null;
        }

        var page = contents.GetModel<PageContent>(item);
        return new SearchDocument(item.ItemId, item.ContentType, page.Title, url)
        {
            Summary = page.Summary,
            Body = Markdown.ToPlainText(page.Body).Trim(),
            PublishedUtc = item.PublishedUtc,
            ModifiedUtc = item.ModifiedUtc,
            Version = SearchDocument.VersionOf(item),
        };
    }
}
