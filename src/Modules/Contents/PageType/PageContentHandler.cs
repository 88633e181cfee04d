using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Contents.Routing;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.PageType;

/// <summary>
/// The page's rules, whoever saves it (the admin, a recipe, the scheduler): title and summary are required to
/// publish, and the address is made from the title when empty and must not clash with another page or route.
/// </summary>
internal sealed class PageContentHandler(IUnitOfWork unitOfWork, ReservedPaths reserved, IStringLocalizer<ContentsResources> S) : IContentHandler
{
    public async Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is not PageContent page)
        {
            return;
        }

        if (context.Publishing && string.IsNullOrWhiteSpace(page.Title))
        {
            context.AddError(nameof(PageContent.Title), S["Page_TitleRequired"]);
        }

        if (context.Publishing && string.IsNullOrWhiteSpace(page.Summary))
        {
            context.AddError(nameof(PageContent.Summary), S["Page_SummaryRequired"]);
        }

        if (string.IsNullOrWhiteSpace(page.Slug))
        {
            return;
        }

        var slug = Slugs.Slugify(page.Slug);
        if (slug.Length == 0)
        {
            context.AddError(nameof(PageContent.Slug), S["Page_SlugInvalid"]);
        }
        else if (reserved.IsReserved(slug))
        {
            context.AddError(nameof(PageContent.Slug), S["Page_SlugReserved", slug]);
        }
        else if ((await TakenAsync(slug, context.Item.ItemId)).Contains(slug))
        {
            context.AddError(nameof(PageContent.Slug), S["Page_SlugTaken", slug]);
        }
    }

    public async Task SavingAsync(ContentContext context)
    {
        if (context.Model is not PageContent page)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(page.Slug))
        {
            page.Slug = Slugs.Slugify(page.Slug);
            return;
        }

        // An untitled draft has no address yet; publishing needs a title, so a published page always has one.
        var generated = Slugs.Slugify(page.Title);
        if (generated.Length == 0)
        {
            page.Slug = "";
            return;
        }

        var taken = await TakenAsync(generated, context.Item.ItemId);
        if (reserved.IsReserved(generated))
        {
            taken.Add(generated);
        }

        page.Slug = Slugs.FirstFree(generated, taken);
    }

    /// <summary>Slugs equal to <paramref name="slug"/> or numbered from it that other live pages hold.</summary>
    private async Task<HashSet<string>> TakenAsync(string slug, string itemId)
    {
        var numbered = slug + "-";
        var slugs = await unitOfWork.Db.Set<PageIndex>()
            .Where(i => i.ItemId != itemId && (i.Latest || i.Published) && (i.Slug == slug || i.Slug.StartsWith(numbered)))
            .Select(i => i.Slug)
            .ToListAsync();
        return [.. slugs];
    }
}
