using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.PublicSite.Home;
using Portal.PublicSite.Sections;

namespace Portal.PublicSite.Pages.Admin.Portada;

/// <summary>Chooses the trámites the home page shows first: one drop-down per place, any of them left empty.</summary>
[AuthorizePermission(Portal.Admin.Permissions.ManageSettingsName)]
public sealed class IndexModel(ISiteSettingsStore settings, IUnitOfWork unitOfWork, CatalogQuery catalog, IStringLocalizer<PublicSiteResources> S) : PageModel
{
    /// <summary>More than any council publishes; the list is for choosing, so it is sorted by title, not paged.</summary>
    private const int MaxChoices = 2000;

    [BindProperty]
    public List<string?> Featured { get; set; } = [];

    public IReadOnlyList<CatalogEntry> Choices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync<HomeOptions>(cancellationToken);
        Featured = [.. options.FeaturedItemIds];
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var published = Choices.Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<string>();
        for (var i = 0; i < Math.Min(Featured.Count, HomeOptions.MaxFeatured); i++)
        {
            var id = Featured[i]?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            if (!published.Contains(id))
            {
                ModelState.AddModelError(FieldName(i), S["Home_FeaturedNotPublished", i + 1]);
            }
            else if (!seen.Add(id))
            {
                ModelState.AddModelError(FieldName(i), S["Home_FeaturedRepeated", i + 1]);
            }
            else
            {
                chosen.Add(id);
            }
        }

        if (Featured.Count > HomeOptions.MaxFeatured)
        {
            ModelState.AddModelError(string.Empty, S["Home_FeaturedTooMany", HomeOptions.MaxFeatured]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await settings.SaveAsync(unitOfWork, new HomeOptions { FeaturedItemIds = chosen }, cancellationToken);
        TempData["Message"] = S["Home_Saved"].Value;
        return RedirectToPage();
    }

    public static string FieldName(int index) => $"{nameof(Featured)}[{index}]";

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var page = await catalog.ListPublishedAsync(new CatalogFilter(PublicSections.Tramites.ContentType), 0, MaxChoices, cancellationToken);
        Choices = [.. page.Items.OrderBy(e => e.Title, StringComparer.CurrentCulture)];
    }
}
