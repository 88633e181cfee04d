using Portal.Core.Content;
using Portal.Tramites.Model;

namespace Portal.Tramites.Public;

/// <summary>Trámites live at "/tramites/{slug}".</summary>
internal sealed class TramiteUrlProvider(IContentManager contents) : IContentUrlProvider
{
    public const string Prefix = "/tramites";

    public Task<string?> GetUrlAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        if (item.ContentType != TramiteContent.TypeName)
        {
            return Task.FromResult<string?>(null);
        }

        var slug = contents.GetModel<TramiteContent>(item).Common.Slug;
        return Task.FromResult(slug.Length == 0 ? null : Prefix + "/" + slug);
    }
}
