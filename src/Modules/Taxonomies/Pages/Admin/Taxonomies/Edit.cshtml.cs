using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

[AuthorizePermission(Permissions.ManageName)]
public sealed class EditModel(TermAdministration administration, IStringLocalizer<TaxonomiesResources> S) : TermPageModel(administration)
{
    [BindProperty]
    public TermForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadTermAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = TermForm.From(Term);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadTermAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Administration.UpdateAsync(id, Input.ToInput(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddTermErrors(result, nameof(Input));
            Usages = result.Usages;
            return Page();
        }

        TempData["Message"] = S["Term_Saved", result.Term!.Name].Value;
        return Redirect($"{TaxonomyPaths.Index}#{Term.Vocabulary}");
    }
}
