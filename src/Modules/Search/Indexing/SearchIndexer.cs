using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Search.Analysis;

namespace Portal.Search.Indexing;

/// <summary>Reads published content from the database and turns it into index documents; the database is the truth.</summary>
public sealed class SearchIndexer(IUnitOfWork unitOfWork, IContentManager contents, IEnumerable<ISearchDocumentSource> sources, SearchConfigurations configurations)
{
    private const int BatchSize = 200;

    private readonly Dictionary<string, ISearchDocumentSource> _sources = sources
        .SelectMany(s => s.ContentTypes.Select(t => (Type: t, Source: s)))
        .ToDictionary(p => p.Type, p => p.Source, StringComparer.Ordinal);

    private string[] Types => [.. _sources.Keys];

    /// <summary>
    /// Identifies what the index must reflect: the schema, the synonym list and every published version of an
    /// indexed type (a version's stamp changes on every write to its row). Equal stamps mean the index is fresh.
    /// </summary>
    public async Task<IndexCommitInfo> CurrentInfoAsync(CancellationToken cancellationToken)
    {
        var configuration = await configurations.GetAsync(cancellationToken);
        var types = Types;
        var versions = await unitOfWork.Db.ContentItems.AsNoTracking()
            .Where(c => c.Published && types.Contains(c.ContentType))
            .OrderBy(c => c.ItemId)
            .Select(c => c.ItemId + ":" + c.VersionId + ":" + c.ConcurrencyStamp)
            .ToListAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(configuration.Synonyms.Fingerprint));
        foreach (var version in versions)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(version + "\n"));
        }

        return new IndexCommitInfo(SearchAnalysis.SchemaVersion, Convert.ToHexString(hash.GetHashAndReset())[..24]);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var types = Types;
        return unitOfWork.Db.ContentItems.CountAsync(c => c.Published && types.Contains(c.ContentType), cancellationToken);
    }

    /// <summary>The document of each item's published version, or null to remove the item from the index.</summary>
    public async Task<IReadOnlyList<(string ItemId, Document? Document)>> ChangesAsync(IEnumerable<string> itemIds, CancellationToken cancellationToken)
    {
        var configuration = await configurations.GetAsync(cancellationToken);
        var changes = new List<(string, Document?)>();
        foreach (var itemId in itemIds.Distinct(StringComparer.Ordinal))
        {
            var item = await contents.GetAsync(itemId, VersionOptions.Published, cancellationToken);
            var document = item is null ? null : await BuildAsync(item, cancellationToken);
            changes.Add((itemId, document is null ? null : configuration.Documents.Create(document)));
        }

        return changes;
    }

    /// <summary>Every published document, in batches that leave the change tracker empty.</summary>
    public async IAsyncEnumerable<Document> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var configuration = await configurations.GetAsync(cancellationToken);
        var types = Types;
        long after = 0;
        while (true)
        {
            var batch = await unitOfWork.Db.ContentItems.AsNoTracking()
                .Where(c => c.Published && types.Contains(c.ContentType) && c.Id > after)
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var item in batch)
            {
                if (await BuildAsync(item, cancellationToken) is { } document)
                {
                    yield return configuration.Documents.Create(document);
                }
            }

            after = batch[^1].Id;
        }
    }

    private Task<SearchDocument?> BuildAsync(ContentItem item, CancellationToken cancellationToken) =>
        _sources.TryGetValue(item.ContentType, out var source) ? source.BuildAsync(item, cancellationToken) : Task.FromResult<SearchDocument?>(null);
}
