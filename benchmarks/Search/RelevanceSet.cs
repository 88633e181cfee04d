using System.Text.Json;

namespace Portal.Search.Benchmarks;

internal sealed record RelevanceQuery(string Query, string[] Expected);

internal sealed record RelevanceSet(string Description, RelevanceQuery[] Queries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RelevanceSet Load(string path) => JsonSerializer.Deserialize<RelevanceSet>(File.ReadAllText(path), Json)!;

    /// <summary>Mean reciprocal rank of the first expected slug among the top 10 URLs each query returns.</summary>
    public double Mrr(Func<string, IReadOnlyList<string>> rank) => Queries.Average(q =>
    {
        var slugs = rank(q.Query).Take(10).Select(u => u.TrimEnd('/').Split('/')[^1]).ToList();
        var position = slugs.FindIndex(s => q.Expected.Contains(s)) + 1;
        return position == 0 ? 0 : 1.0 / position;
    });
}
