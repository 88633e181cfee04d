namespace Portal.Taxonomies.Terms;

/// <summary>The three fixed vocabularies; their ids are the recipe keys and the admin's address segments.</summary>
public static class Vocabularies
{
    /// <summary>Topics, compatible with the SIA's MATERIAS list.</summary>
    public const string Topics = "temas";

    public const string LifeEvents = "hechos-vitales";

    public const string Audiences = "destinatarios";

    public const int IdLength = 32;

    public static IReadOnlyList<string> All { get; } = [Topics, LifeEvents, Audiences];

    public static bool Exists(string? vocabulary) => vocabulary is not null && All.Contains(vocabulary, StringComparer.Ordinal);

    /// <summary>The resource key of the vocabulary's Spanish name.</summary>
    public static string NameKey(string vocabulary) => vocabulary switch
    {
        Topics => "Vocabulary_Topics",
        LifeEvents => "Vocabulary_LifeEvents",
        Audiences => "Vocabulary_Audiences",
        _ => throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary, "Unknown vocabulary."),
    };
}
