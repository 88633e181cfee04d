namespace Portal.Taxonomies.Terms;

/// <summary>Reads the vocabularies' terms, in their order. Cached; the cache is dropped after each commit that changes terms.</summary>
public interface ITaxonomyStore
{
    Task<IReadOnlyList<TaxonomyTerm>> GetTermsAsync(string vocabulary, CancellationToken cancellationToken = default);
}
