using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Publishing;

namespace Portal.Syndication.Pages.Admin.Syndication.Types;

/// <summary>Which content types go to the social networks when published, unless the editor unticks an item.</summary>
[AuthorizePermission(Permissions.ManageChannelsName)]
public sealed class IndexModel(SyndicatedTypes types, IUnitOfWork unitOfWork, IStringLocalizer<SyndicationResources> S) : PageModel
{
    public IReadOnlyList<SyndicatedType> Types { get; private set; } = [];

    /// <summary>The names of the ticked types; an unticked box sends nothing.</summary>
    [BindProperty]
    public List<string> On { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Types = await types.AllAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var all = await types.AllAsync(cancellationToken);
        await types.SaveAsync(unitOfWork, all.ToDictionary(t => t.Name, t => On.Contains(t.Name, StringComparer.OrdinalIgnoreCase)), cancellationToken);
        TempData["Message"] = S["Types_Saved"].Value;
        return RedirectToPage();
    }
}
