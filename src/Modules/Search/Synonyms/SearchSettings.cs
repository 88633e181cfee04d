namespace Portal.Search.Synonyms;

/// <summary>
/// The search settings administrators edit (site settings, key "SearchSettings"; recipes carry it in their
/// "settings" step). Each synonym line is one group: words and phrases that mean the same to a citizen.
/// </summary>
public sealed record SearchSettings
{
    public IReadOnlyList<string> Synonyms { get; init; } = DefaultSynonyms.Lines;

    /// <summary>Item ids of the most requested trámites, offered when a search finds nothing.</summary>
    public IReadOnlyList<string> Popular { get; init; } =
    [
        "tramite-empadronamiento",
        "tramite-volante-empadronamiento",
        "tramite-demandante-empleo",
        "tramite-ayuda-nacimiento",
        "tramite-vado-permanente",
    ];
}
