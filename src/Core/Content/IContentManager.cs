namespace Portal.Core.Content;

/// <summary>
/// The versioned content store. Every write runs inside the caller's unit of work; a failed operation
/// (invalid, not found, conflict) writes nothing and says why.
/// </summary>
public interface IContentManager
{
    Task<ContentItem?> GetAsync(string itemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string versionId, CancellationToken cancellationToken = default);

    /// <summary>Every version of the item, newest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string itemId, CancellationToken cancellationToken = default);

    /// <summary>Creates an item as a draft, or published when <paramref name="publish"/> is set.</summary>
    /// <param name="itemId">A chosen id (recipes, imports); a new one when null.</param>
    Task<ContentResult> CreateAsync(string contentType, object model, string user, bool publish = false, string? itemId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a new model for the item. Over a published version this writes a new draft; over a draft it updates
    /// the draft in place. <paramref name="expectedStamp"/> is the latest version's stamp as the caller loaded it.
    /// </summary>
    Task<ContentResult> UpdateAsync(string itemId, object model, string expectedStamp, string user, bool publish = false, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version. Required fields are checked first.</summary>
    Task<ContentResult> PublishAsync(string itemId, string user, string? expectedStamp = null, CancellationToken cancellationToken = default);

    Task<ContentResult> UnpublishAsync(string itemId, string user, CancellationToken cancellationToken = default);

    /// <summary>Drops the draft and makes the published version the latest again.</summary>
    Task<ContentResult> DiscardDraftAsync(string itemId, string user, CancellationToken cancellationToken = default);

    /// <summary>Copies an old version's content into a new draft (or over the current draft).</summary>
    Task<ContentResult> RestoreAsync(string versionId, string user, CancellationToken cancellationToken = default);

    /// <summary>Unpublishes the item and hides every version; the rows stay for the audit trail.</summary>
    Task<ContentResult> RemoveAsync(string itemId, string user, CancellationToken cancellationToken = default);

    object GetModel(ContentItem item);

    T GetModel<T>(ContentItem item) where T : class;
}
