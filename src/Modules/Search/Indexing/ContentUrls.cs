using Portal.Core.Content;

namespace Portal.Search.Indexing;

/// <summary>The public address of an item: the first answer of the registered URL providers.</summary>
public sealed class ContentUrls(IEnumerable<IContentUrlProvider> providers)
{
    public async Task<string?> GetAsync(ContentItem item, CancellationToken cancellationToken)
    {
        foreach (var provider in providers)
        {
            if (await provider.GetUrlAsync(item, cancellationToken) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>Which version of the row a document reflects; the stamp changes on every write to the row.</summary>
    public static string VersionOf(ContentItem item) => item.VersionId + ":" + item.ConcurrencyStamp;
}
