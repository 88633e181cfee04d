using Portal.Core.Content;

namespace Portal.Infographics.Items;

/// <summary>Infographics live at "/infografias/{slug}".</summary>
internal sealed class InfographicUrlProvider(IContentManager contents) : IContentUrlProvider
{
    public const string Prefix = "/infografias";

    public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        if (item.ContentType != Infographic.TypeName)
        {
            return Task.FromResult<string?>(null);
        }

        var slug = contents.GetModel<Infographic>(item).Common.Slug;
        return Task.FromResult(slug.Length == 0 ? null : Prefix + "/" + slug);
    }
}
