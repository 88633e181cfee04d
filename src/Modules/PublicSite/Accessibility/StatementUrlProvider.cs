using Portal.Core.Content;

namespace Portal.PublicSite.Accessibility;

/// <summary>The statement has one fixed address, whatever its item id.</summary>
internal sealed class StatementUrlProvider : IContentUrlProvider
{
    public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        Task.FromResult(item.ContentType == AccessibilityStatement.TypeName ? PublicPaths.AccessibilityStatement : null);
}
