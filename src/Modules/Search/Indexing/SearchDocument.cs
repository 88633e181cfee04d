using Portal.Core.Content;

namespace Portal.Search.Indexing;

/// <summary>What the index holds of one published item, whatever its type.</summary>
public sealed record SearchDocument(string ItemId, string ContentType, string Title, string Url)
{
    public string Summary { get; init; } = "";

    /// <summary>The words citizens use for it (GOV.UK's hidden search terms).</summary>
    public string Keywords { get; init; } = "";

    /// <summary>Headings and steps, weighted between the summary and the body.</summary>
    public string Headings { get; init; } = "";

    /// <summary>Plain text, also the source of snippets.</summary>
    public string Body { get; init; } = "";

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> LifeEvents { get; init; } = [];

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public string Language { get; init; } = "es";

    public DateTime? PublishedUtc { get; init; }

    public DateTime ModifiedUtc { get; init; }

    /// <summary>The version the document was made from: "versionId:concurrencyStamp".</summary>
    public string Version { get; init; } = "";

    /// <summary>Which version of the row a document reflects; the stamp changes on every write to the row.</summary>
    public static string VersionOf(ContentItem item) => item.VersionId + ":" + item.ConcurrencyStamp;
}
