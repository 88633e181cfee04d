using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

[AuthorizePermission(Permissions.ManageName)]
public sealed class IndexModel(ITaxonomyStore store, TermAdministration administration) : PageModel
{
    public IReadOnlyList<(string Vocabulary, IReadOnlyList<TaxonomyTerm> Terms)> Vocabularies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var list = new List<(string, IReadOnlyList<TaxonomyTerm>)>();
        foreach (var vocabulary in Terms.Vocabularies.All)
        {
            list.Add((vocabulary, await store.GetTermsAsync(vocabulary, cancellationToken)));
        }

        Vocabularies = list;
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var result = await administration.MoveAsync(id, offset, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        return Redirect($"{TaxonomyPaths.Index}#{result.Term!.Vocabulary}");
    }
}
