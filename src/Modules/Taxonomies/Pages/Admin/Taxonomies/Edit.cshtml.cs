using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

[Authorize(Policy = PermissionClaims.PolicyPrefix + Permissions.ManageName)]
public sealed class EditModel(TermAdministration administration, IStringLocalizer<TaxonomiesResources> S) : PageModel
{
    [BindProperty]
    public TermForm Input { get; set; } = new();

    public TaxonomyTerm Term { get; private set; } = null!;

    public IReadOnlyList<TermUsage> Usages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var term = await administration.FindAsync(id, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }

        Term = term;
        Input = TermForm.From(term);
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
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await administration.UpdateAsync(id, Input.ToInput(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddTermErrors(result, nameof(Input));
            Usages = result.Usages;
            return Page();
        }

        TempData["Message"] = S["Term_Saved", result.Term!.Name].Value;
        return Redirect($"{TaxonomyPaths.Index}#{term.Vocabulary}");
    }
}
