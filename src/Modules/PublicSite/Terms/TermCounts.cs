using Microsoft.EntityFrameworkCore;
using Portal.Contents.Catalog;
using Portal.Core.UnitOfWork;
using Portal.Taxonomies.Terms;

namespace Portal.PublicSite.Terms;

/// <summary>A term with how many published items are filed under it.</summary>
public sealed record TermWithCount(TaxonomyTerm Term, int Count);

/// <summary>The terms of a vocabulary in their order, each with its number of published items, counted in SQL.</summary>
public sealed class TermCounts(IUnitOfWork unitOfWork, ITaxonomyStore taxonomies)
{
    public async Task<IReadOnlyList<TermWithCount>> ListAsync(string vocabulary, CancellationToken cancellationToken)
    {
        var counts = await unitOfWork.Db.Set<CatalogTermIndex>().AsNoTracking()
            .Where(t => t.Published && t.Vocabulary == vocabulary)
            .GroupBy(t => t.Term)
            .Select(g => new { Term = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Term, g => g.Count, cancellationToken);
        var terms = await taxonomies.GetTermsAsync(vocabulary, cancellationToken);
        return [.. terms.Select(t => new TermWithCount(t, counts.GetValueOrDefault(t.Slug)))];
    }
}
