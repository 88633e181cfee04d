namespace Portal.Search.Analysis;

/// <summary>The index's fields. Text fields are analysed; the rest are stored or kept as exact terms for filters and facets.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Topic = "topic";
    public const string LifeEvent = "lifeevent";
    public const string Audience = "audience";
    public const string Language = "lang";
    public const string Url = "url";
    public const string Version = "version";
    public const string Published = "published";
    public const string Modified = "modified";

    public const string TitleExact = "title_exact";
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Summary = "summary";
    public const string Headings = "headings";
    public const string Body = "body";

    /// <summary>Every word, folded but not stemmed: prefix queries and autocomplete.</summary>
    public const string Words = "words";

    /// <summary>Every word with its accents: the vocabulary of "¿Quisiste decir…?".</summary>
    public const string Spell = "spell";

    /// <summary>Synonym groups the document mentions (see <c>SynonymSet</c>).</summary>
    public const string Concept = "concept";

    /// <summary>The stemmed fields a query looks in, strongest first, with their weights.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Weighted { get; } =
    [
        (Title, 4f),
        (Keywords, 3f),
        (Summary, 2f),
        (Headings, 1.5f),
        (Body, 1f),
    ];
}
