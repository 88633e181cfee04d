using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;
using Portal.Search.Benchmarks;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Synonyms;

// Indexes generated Spanish documents with the site's Spanish analysis and with a plain StandardAnalyzer, then
// reports indexing time, index size, query latency and the relevance (MRR@10) of both on the project's query set.
var arguments = args.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i);
string Option(string name, string fallback) => arguments.TryGetValue(name, out var at) && at + 1 < args.Length ? args[at + 1] : fallback;
var root = Option("--root", System.IO.Directory.GetCurrentDirectory());
var documentCount = int.Parse(Option("--docs", "10000"), CultureInfo.InvariantCulture);
var queryCount = int.Parse(Option("--queries", "1000"), CultureInfo.InvariantCulture);

var relevance = RelevanceSet.Load(Path.Combine(root, "tests/Portal.IntegrationTests/Search/relevance-queries.json"));
var pages = RecipePages.Load(Path.Combine(root, "tests/Portal.Testing/TestRecipes/search.recipe.json"));
var generated = CorpusGenerator.Generate(documentCount).ToList();
var queries = CorpusGenerator.Queries([.. relevance.Queries.Select(q => q.Query)], queryCount);
var work = Path.Combine(Path.GetTempPath(), "portal-search-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

Console.WriteLine($"Documents: {generated.Count:N0} generated + {pages.Count} recipe pages; queries: {queries.Count:N0} mixed; relevance set: {relevance.Queries.Length} queries");
Console.WriteLine();
Console.WriteLine("| Analyzer | Index 1,000 (s) | Index all (s) | Size (MB) | p50 (ms) | p99 (ms) | MRR@10 recipe pages | MRR@10 pages + generated |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var (name, analysis) in new[] { ("Spanish (site)", SearchAnalysis.Spanish), ("StandardAnalyzer", SearchAnalysis.Standard) })
{
    var synonyms = analysis.Expand ? SynonymSet.Parse(DefaultSynonyms.Lines, analysis) : SynonymSet.Empty;
    var configuration = SearchConfiguration.For(analysis, synonyms);

    var small = Index(Path.Combine(work, name + "-1k"), analysis, configuration.Documents, generated.Take(1000));
    var full = Index(Path.Combine(work, name + "-all"), analysis, configuration.Documents, generated.Concat(pages));
    var pagesOnly = Index(Path.Combine(work, name + "-pages"), analysis, configuration.Documents, pages);

    using var reader = DirectoryReader.Open(FSDirectory.Open(full.Path));
    var searcher = new IndexSearcher(reader);
    foreach (var query in queries.Take(50))
    {
        configuration.Engine.Search(searcher, new SearchRequest(query));
    }

    var latencies = new List<double>(queries.Count);
    foreach (var query in queries)
    {
        var watch = Stopwatch.StartNew();
        configuration.Engine.Search(searcher, new SearchRequest(query));
        latencies.Add(watch.Elapsed.TotalMilliseconds);
    }

    latencies.Sort();
    using var pagesReader = DirectoryReader.Open(FSDirectory.Open(pagesOnly.Path));
    var pagesSearcher = new IndexSearcher(pagesReader);
    var mrrPages = relevance.Mrr(q => configuration.Engine.Rank(pagesSearcher, q, 10));
    var mrrAll = relevance.Mrr(q => configuration.Engine.Rank(searcher, q, 10));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {small.Seconds:F2} | {full.Seconds:F2} | {full.Megabytes:F1} | {Percentile(latencies, 0.50):F2} | {Percentile(latencies, 0.99):F2} | {mrrPages:F3} | {mrrAll:F3} |"));
}

System.IO.Directory.Delete(work, recursive: true);

static (string Path, double Seconds, double Megabytes) Index(string path, SearchAnalysis analysis, DocumentFactory factory, IEnumerable<SearchDocument> documents)
{
    System.IO.Directory.CreateDirectory(path);
    var watch = Stopwatch.StartNew();
    using (var directory = FSDirectory.Open(path))
    using (var writer = new IndexWriter(directory, new IndexWriterConfig(SpanishTextAnalyzer.Version, analysis.Index) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 32 }))
    {
        foreach (var document in documents)
        {
            writer.AddDocument(factory.Create(document));
        }

        writer.Commit();
    }

    var seconds = watch.Elapsed.TotalSeconds;
    var bytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
    return (path, seconds, bytes / 1024.0 / 1024.0);
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
