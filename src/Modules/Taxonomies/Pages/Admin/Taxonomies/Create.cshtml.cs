using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

[AuthorizePermission(Permissions.ManageName)]
public sealed class CreateModel(TermAdministration administration, IStringLocalizer<TaxonomiesResources> S) : PageModel
{
    [BindProperty]
    public TermForm Input { get; set; } = new();

    public string Vocabulary { get; private set; } = "";

    public IActionResult OnGet(string vocabulary) => Load(vocabulary) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string vocabulary, CancellationToken cancellationToken)
    {
        if (!Load(vocabulary))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await administration.CreateAsync(vocabulary, Input.ToInput(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddTermErrors(result, nameof(Input));
            return Page();
        }

        TempData["Message"] = S["Term_Created", result.Term!.Name].Value;
        return Redirect($"{TaxonomyPaths.Index}#{vocabulary}");
    }

    private bool Load(string vocabulary)
    {
        Vocabulary = vocabulary;
        return Vocabularies.Exists(vocabulary);
    }
}
