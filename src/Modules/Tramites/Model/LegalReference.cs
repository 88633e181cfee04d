namespace Portal.Tramites.Model;

/// <summary>A legal act the trámite rests on (SIA NORMATIVAS).</summary>
public sealed class LegalReference
{
    /// <summary>"Ley", "Real Decreto", "Ordenanza".</summary>
    public string Rank { get; set; } = "";

    /// <summary>"39/2015".</summary>
    public string? Number { get; set; }

    public string Title { get; set; } = "";

    public DateOnly? Date { get; set; }

    /// <summary>An absolute https address in the BOE or the provincial bulletin, ideally its ELI.</summary>
    public string? Url { get; set; }
}
