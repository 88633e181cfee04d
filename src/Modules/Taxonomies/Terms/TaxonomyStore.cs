using Portal.Core.UnitOfWork;

namespace Portal.Taxonomies.Terms;

internal sealed class TaxonomyStore(IUnitOfWork unitOfWork, TaxonomyCache cache) : ITaxonomyStore
{
    public async Task<IReadOnlyList<TaxonomyTerm>> GetTermsAsync(string vocabulary, CancellationToken cancellationToken = default)
    {
        if (!Vocabularies.Exists(vocabulary))
        {
            throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary, "Unknown vocabulary.");
        }

        // Inside a write (a recipe that adds terms, then content using them) the cache cannot see uncommitted rows.
        var all = unitOfWork.HasTransaction
            ? await TaxonomyCache.LoadAsync(unitOfWork.Db, cancellationToken)
            : await cache.GetAsync(unitOfWork.Db, cancellationToken);
        return all[vocabulary];
    }
}
