using Portal.Contents.Editors;
using Portal.Contents.Parts;
using Portal.Contents.Routing;
using Portal.Core.Content;

namespace Portal.Contents.Catalog;

/// <summary>A published item found at its public address, with its model and what its display built from it.</summary>
public sealed record CitizenPage<TModel, TView>(ContentItem Item, TModel Model, TView View);

/// <summary>
/// The first steps of every citizen-facing type's public page: a valid address, the item published there, and
/// the display's view. Kept apart from <see cref="CitizenPages"/>, which displays themselves use.
/// </summary>
public sealed class CitizenPageLoader(CitizenPages pages, IContentManager contents, ContentTypeCatalog types)
{
    /// <summary>Null when the address is malformed or nothing of the type is published there: the page is a 404.</summary>
    public async Task<CitizenPage<TModel, TView>?> LoadAsync<TModel, TView>(string contentType, string slug, CancellationToken cancellationToken)
        where TModel : class, ICitizenContent
        where TView : class
    {
        if (!Slugs.IsValid(slug) || await pages.FindPublishedAsync(contentType, slug, cancellationToken) is not { } item)
        {
            return null;
        }

        var model = contents.GetModel<TModel>(item);
        var view = (TView)await types.Display(contentType)!.BuildAsync(item, model, cancellationToken);
        return new CitizenPage<TModel, TView>(item, model, view);
    }
}
