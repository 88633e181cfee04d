namespace Portal.Search.Indexing;

/// <summary>
/// What an index commit says about itself (Lucene commit user data): the schema it was built with and the
/// content it reflects, as a digest of the published versions and the synonym list (<see cref="SearchIndexer.CurrentInfoAsync"/>).
/// </summary>
public sealed record IndexCommitInfo(string Schema, string Stamp)
{
    public const string SchemaKey = "portal.schema";
    public const string StampKey = "portal.stamp";

    public IDictionary<string, string> ToUserData() => new Dictionary<string, string> { [SchemaKey] = Schema, [StampKey] = Stamp };

    public static IndexCommitInfo? From(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(SchemaKey, out var schema) && data.TryGetValue(StampKey, out var stamp) ? new(schema, stamp) : null;
}
