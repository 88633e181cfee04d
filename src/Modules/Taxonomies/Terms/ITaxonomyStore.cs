namespace Portal.Taxonomies.Terms;

/// <summary>Reads the vocabularies' terms, in their order. Cached; the cache is dropped after each commit that changes terms.</summary>
public interface ITaxonomyStore
{
    Task<IReadOnlyList<TaxonomyTerm>> GetTermsAsync(string vocabulary, CancellationToken cancellationToken = default);

    /// <summary>The slugs among <paramref name="slugs"/> that are not terms of <paramref name="vocabulary"/>.</summary>
    Task<IReadOnlyList<string>> FindUnknownAsync(string vocabulary, IEnumerable<string> slugs, CancellationToken cancellationToken = default);
}
