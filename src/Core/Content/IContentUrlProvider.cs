namespace Portal.Core.Content;

/// <summary>
/// Gives the public URL of a published item. Each module that renders a type publicly provides one; lists,
/// feeds and sitemaps ask every provider and use the first answer.
/// </summary>
public interface IContentUrlProvider
{
    /// <returns>A root-relative URL such as "/tramites/empadronarse", or null when the item is not this provider's.</returns>
    Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default);
}
