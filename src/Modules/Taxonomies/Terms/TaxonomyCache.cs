using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Taxonomies.Terms;

/// <summary>Every term of every vocabulary, loaded at once (they are few) and kept until a commit changes them.</summary>
internal sealed class TaxonomyCache
{
    private volatile IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>? _terms;
    private long _version;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var terms = _terms;
        if (terms is null)
        {
            // A load that overlaps a commit may have read the old rows: keep it only if nothing was invalidated meanwhile.
            var version = Interlocked.Read(ref _version);
            terms = await LoadAsync(db, cancellationToken);
            if (Interlocked.Read(ref _version) == version)
            {
                _terms = terms;
            }
        }

        return terms;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _terms = null;
    }

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Term>().AsNoTracking().ToListAsync(cancellationToken);
        return Vocabularies.All.ToDictionary(
            v => v,
            v => (IReadOnlyList<TaxonomyTerm>)rows.Where(t => t.Vocabulary == v).OrderBy(t => t.Position).ThenBy(t => t.Id).Select(TaxonomyTerm.From).ToList(),
            StringComparer.Ordinal);
    }
}
