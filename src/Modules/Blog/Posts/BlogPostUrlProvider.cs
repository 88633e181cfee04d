using Portal.Core.Content;

namespace Portal.Blog.Posts;

/// <summary>Posts live at "/blog/{slug}".</summary>
internal sealed class BlogPostUrlProvider(IContentManager contents) : IContentUrlProvider
{
    public const string Prefix = "/blog";

    public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        if (item.ContentType != BlogPost.TypeName)
        {
            return Task.FromResult<string?>(null);
        }

        var slug = contents.GetModel<BlogPost>(item).Common.Slug;
        return Task.FromResult(slug.Length == 0 ? null : Prefix + "/" + slug);
    }
}
