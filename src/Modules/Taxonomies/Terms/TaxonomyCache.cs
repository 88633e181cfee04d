using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Taxonomies.Terms;

/// <summary>
/// Every term of every vocabulary, loaded at once (they are few). A commit on this node drops it at once; a commit on
/// another node of the same site reaches this one within <see cref="MaxAge"/>.
/// </summary>
internal sealed class TaxonomyCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private volatile Snapshot? _snapshot;
    private long _version;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var now = time.GetUtcNow();
        if (snapshot is not null && now - snapshot.LoadedAt < MaxAge)
        {
            return snapshot.Terms;
        }

        // A load that overlaps a commit may have read the old rows: keep it only if nothing was invalidated meanwhile.
        var version = Interlocked.Read(ref _version);
        var terms = await LoadAsync(db, cancellationToken);
        if (Interlocked.Read(ref _version) == version)
        {
            _snapshot = new Snapshot(terms, now);
        }

        return terms;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _snapshot = null;
    }

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>>> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Term>().AsNoTracking().ToListAsync(cancellationToken);
        return Vocabularies.All.ToDictionary(
            v => v,
            v => (IReadOnlyList<TaxonomyTerm>)rows.Where(t => t.Vocabulary == v).OrderBy(t => t.Position).ThenBy(t => t.Id).Select(TaxonomyTerm.From).ToList(),
            StringComparer.Ordinal);
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms, DateTimeOffset LoadedAt);
}
