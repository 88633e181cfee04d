using Portal.Core.Content;

namespace Portal.Videos.Items;

/// <summary>Videos live at "/videos/{slug}".</summary>
internal sealed class VideoUrlProvider(IContentManager contents) : IContentUrlProvider
{
    public const string Prefix = "/videos";

    public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        if (item.ContentType != Video.TypeName)
        {
            return Task.FromResult<string?>(null);
        }

        var slug = contents.GetModel<Video>(item).Common.Slug;
        return Task.FromResult(slug.Length == 0 ? null : Prefix + "/" + slug);
    }
}
