using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Pages.Admin.Taxonomies;

/// <summary>Base of the pages about one existing term: both handlers start by loading it, or answer 404.</summary>
public abstract class TermPageModel(TermAdministration administration) : PageModel
{
    protected TermAdministration Administration { get; } = administration;

    public TaxonomyTerm Term { get; private set; } = null!;

    public IReadOnlyList<TermUsage> Usages { get; protected set; } = [];

    /// <returns>False when no term has that id.</returns>
    protected async Task<bool> LoadTermAsync(int id, CancellationToken cancellationToken)
    {
        var term = await Administration.FindAsync(id, cancellationToken);
        if (term is null)
        {
            return false;
        }

        Term = term;
        return true;
    }
}
