using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Contents.Parts;
using Portal.Contents.Routing;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Catalog;

/// <summary>
/// The rules every <see cref="ICitizenContent"/> type shares, whoever saves it: the common part's rules, and an
/// address made from the title when empty and unique within the type (types live under their own prefix, so
/// a trámite and a post may share a slug).
/// </summary>
internal sealed class CitizenContentHandler(IUnitOfWork unitOfWork, CommonPartValidator validator, IStringLocalizer<ContentsResources> S) : IContentHandler
{
    private const string SlugField = nameof(ICitizenContent.Common) + "." + nameof(CommonPart.Slug);

    public async Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is not ICitizenContent model)
        {
            return;
        }

        foreach (var error in await validator.ErrorsAsync(model.Common, context.Publishing, nameof(ICitizenContent.Common)))
        {
            context.AddError(error.Field, error.Message);
        }

        if (string.IsNullOrWhiteSpace(model.Common.Slug))
        {
            return;
        }

        var slug = Slugs.Slugify(model.Common.Slug);
        if (slug.Length == 0)
        {
            context.AddError(SlugField, S["Part_SlugInvalid"]);
        }
        else if ((await TakenAsync(context.Item, slug)).Contains(slug))
        {
            context.AddError(SlugField, S["Part_SlugTaken", slug]);
        }
    }

    public async Task SavingAsync(ContentContext context)
    {
        if (context.Model is not ICitizenContent model)
        {
            return;
        }

        var common = model.Common;
        if (!string.IsNullOrWhiteSpace(common.Slug))
        {
            common.Slug = Slugs.Slugify(common.Slug);
            return;
        }

        // An untitled draft has no address yet; publishing needs a title, so a published item always has one.
        var generated = Slugs.Slugify(common.Title);
        common.Slug = generated.Length == 0 ? "" : Slugs.FirstFree(generated, await TakenAsync(context.Item, generated));
    }

    /// <summary>Slugs equal to <paramref name="slug"/> or numbered from it that other live items of the type hold.</summary>
    private async Task<HashSet<string>> TakenAsync(ContentItem item, string slug)
    {
        var numbered = slug + "-";
        var slugs = await unitOfWork.Db.Set<CatalogIndex>()
            .Where(i => i.ContentType == item.ContentType && i.ItemId != item.ItemId && (i.Latest || i.Published))
            .Where(i => i.Slug == slug || i.Slug.StartsWith(numbered))
            .Select(i => i.Slug)
            .ToListAsync();
        return [.. slugs];
    }
}
