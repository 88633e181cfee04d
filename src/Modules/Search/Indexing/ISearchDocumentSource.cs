using Portal.Core.Content;

namespace Portal.Search.Indexing;

/// <summary>Turns a published item of the types it knows into what the index holds.</summary>
public interface ISearchDocumentSource
{
    IReadOnlyCollection<string> ContentTypes { get; }

    /// <returns>Null when the item cannot be shown publicly (no address yet).</returns>
    Task<SearchDocument?> BuildAsync(ContentItem item, CancellationToken cancellationToken);
}
