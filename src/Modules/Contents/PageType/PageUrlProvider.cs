using Portal.Core.Content;

namespace Portal.Contents.PageType;

/// <summary>Pages live at the root: "/{slug}".</summary>
internal sealed class PageUrlProvider(IContentManager contents) : IContentUrlProvider
{
    public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        if (item.ContentType != PageContent.TypeName)
        {
            return Task.FromResult<string?>(null);
        }

        var slug = contents.GetModel<PageContent>(item).Slug;
        return Task.FromResult(slug.Length == 0 ? null : "/" + slug);
    }
}
