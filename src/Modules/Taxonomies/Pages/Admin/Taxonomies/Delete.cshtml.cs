using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

[AuthorizePermission(Permissions.ManageName)]
public sealed class DeleteModel(TermAdministration administration, IStringLocalizer<TaxonomiesResources> S) : TermPageModel(administration)
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadTermAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadTermAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await Administration.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(e => e.Message).ToList();
            Usages = result.Usages;
            return Page();
        }

        TempData["Message"] = S["Term_Deleted", Term.Name].Value;
        return Redirect($"{TaxonomyPaths.Index}#{Term.Vocabulary}");
    }
}
