using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Portal.Search.Indexing;

/// <summary>
/// The site's index on local disk under App_Data/search: one writer for the process, searchers that refresh after
/// each commit. A rebuild writes a new folder and switches to it when done ("current" names the live folder), so
/// the old index keeps answering meanwhile and a crash mid-rebuild leaves the old one intact.
/// </summary>
public sealed class SearchIndexStore : IDisposable
{
    private const string CurrentFile = "current";

    private readonly string _root;
    private readonly ILogger<SearchIndexStore> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Live? _live;

    public SearchIndexStore(AppDataPaths paths, ILogger<SearchIndexStore> logger)
    {
        _root = paths.Folder("search");
        _logger = logger;
    }

    /// <summary>What the live index says it reflects; null when there is no usable index.</summary>
    public IndexCommitInfo? Info => _live?.Info;

    /// <summary>
    /// Opens the live folder if it is there, readable and of this schema. Returns false otherwise (missing,
    /// corrupt or old), which calls for a rebuild.
    /// </summary>
    public async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_live is not null)
            {
                return true;
            }

            var path = CurrentPath();
            if (path is null || !System.IO.Directory.Exists(path))
            {
                return false;
            }

            try
            {
                var directory = FSDirectory.Open(path);
                if (!DirectoryReader.IndexExists(directory))
                {
                    directory.Dispose();
                    return false;
                }

                var info = IndexCommitInfo.From(DirectoryReader.ListCommits(directory)[^1].UserData);
                if (info?.Schema != SearchAnalysis.SchemaVersion)
                {
                    directory.Dispose();
                    return false;
                }

                _live = Live.Open(directory, path, info, OpenMode.APPEND);
                // A rebuild killed half-way leaves its folder behind; only the live one is worth keeping.
                DeleteOthers(path);
                return true;
            }
            catch (LockObtainFailedException)
            {
                // Another node sharing this App_Data writes to the index: this one builds its own, nothing is wrong.
                _logger.LogInformation("The search index at {Path} is held by another node; this node builds its own from the database.", path);
                return false;
            }
            catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
            {
                _logger.LogWarning(ex, "The search index at {Path} cannot be read; it will be rebuilt from the database.", path);
                return false;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A searcher on the latest commit, or null when there is no index yet. Dispose it when done.</summary>
    public SearcherLease? Acquire() => _live is { } live ? new SearcherLease(live.Searchers) : null;

    /// <summary>Adds or replaces documents and removes items, then commits with the new stamp.</summary>
    public async Task ApplyAsync(IReadOnlyList<(string ItemId, Document? Document)> changes, IndexCommitInfo info, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_live is null)
            {
                return;
            }

            foreach (var (itemId, document) in changes)
            {
                var term = new Term(SearchFields.Id, itemId);
                if (document is null)
                {
                    _live.Writer.DeleteDocuments(term);
                }
                else
                {
                    _live.Writer.UpdateDocument(term, document);
                }
            }

            _live.Commit(info);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes a whole new index into a new folder; <see cref="SwitchAsync"/> makes it live.</summary>
    public NewIndex Create()
    {
        var path = Path.Combine(_root, "index-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);
        System.IO.Directory.CreateDirectory(path);
        return new NewIndex(path);
    }

    /// <summary>Makes a finished rebuild the live index and deletes the folders it replaces.</summary>
    public async Task SwitchAsync(NewIndex index, IndexCommitInfo info, CancellationToken cancellationToken)
    {
        index.Writer.SetCommitData(info.ToUserData());
        index.Writer.Commit();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            index.MarkSwitched();
            var previous = _live;
            _live = new Live(index.Directory, index.Writer, index.Path, info);
            await File.WriteAllTextAsync(Path.Combine(_root, CurrentFile), Path.GetFileName(index.Path), cancellationToken);
            previous?.Dispose();
            DeleteOthers(index.Path);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _live?.Dispose();
        _gate.Dispose();
    }

    private string? CurrentPath()
    {
        var file = Path.Combine(_root, CurrentFile);
        if (!File.Exists(file))
        {
            return null;
        }

        var name = File.ReadAllText(file).Trim();
        return name.Length == 0 || name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? null : Path.Combine(_root, name);
    }

    private void DeleteOthers(string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(_root).Where(f => f != keep))
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException ex)
            {
                // A reader may still hold an old file open; the next switch retries.
                _logger.LogInformation(ex, "An old search index folder could not be deleted yet.");
            }
        }
    }

    /// <summary>An index being written by a rebuild.</summary>
    public sealed class NewIndex : IDisposable
    {
        private bool _switched;

        internal NewIndex(string path)
        {
            Path = path;
            Directory = FSDirectory.Open(path);
            Writer = new IndexWriter(Directory, new IndexWriterConfig(SpanishTextAnalyzer.Version, SearchAnalysis.Spanish.Index)
            {
                OpenMode = OpenMode.CREATE,
                RAMBufferSizeMB = 32,
            });
        }

        public string Path { get; }

        internal LuceneDirectory Directory { get; }

        public IndexWriter Writer { get; }

        internal void MarkSwitched() => _switched = true;

        public void Dispose()
        {
            if (_switched)
            {
                return;
            }

            Writer.Dispose();
            Directory.Dispose();
            System.IO.Directory.Delete(Path, recursive: true);
        }
    }

    private sealed class Live : IDisposable
    {
        public Live(LuceneDirectory directory, IndexWriter writer, string path, IndexCommitInfo info)
        {
            Directory = directory;
            Writer = writer;
            Path = path;
            Info = info;
            Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        }

        public LuceneDirectory Directory { get; }

        public IndexWriter Writer { get; }

        public string Path { get; }

        public IndexCommitInfo Info { get; private set; }

        public SearcherManager Searchers { get; }

        public static Live Open(LuceneDirectory directory, string path, IndexCommitInfo info, OpenMode mode)
        {
            var writer = new IndexWriter(directory, new IndexWriterConfig(SpanishTextAnalyzer.Version, SearchAnalysis.Spanish.Index) { OpenMode = mode });
            return new Live(directory, writer, path, info);
        }

        public void Commit(IndexCommitInfo info)
        {
            Writer.SetCommitData(info.ToUserData());
            Writer.Commit();
            Info = info;
            Searchers.MaybeRefreshBlocking();
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }
}
