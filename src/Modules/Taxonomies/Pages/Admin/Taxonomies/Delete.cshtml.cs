using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

[Authorize(Policy = PermissionClaims.PolicyPrefix + Permissions.ManageName)]
public sealed class DeleteModel(TermAdministration administration, IStringLocalizer<TaxonomiesResources> S) : PageModel
{
    public TaxonomyTerm Term { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<TermUsage> Usages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var term = await administration.FindAsync(id, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }

        Term = term;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var term = await administration.FindAsync(id, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }

        Term = term;
        var result = await administration.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(e => e.Message).ToList();
            Usages = result.Usages;
            return Page();
        }

        TempData["Message"] = S["Term_Deleted", term.Name].Value;
        return Redirect($"{TaxonomyPaths.Index}#{term.Vocabulary}");
    }
}
