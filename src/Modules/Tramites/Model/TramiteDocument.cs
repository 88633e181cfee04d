namespace Portal.Tramites.Model;

/// <summary>A document the trámite needs (SIA DOCUMENTACION).</summary>
public sealed class TramiteDocument
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool Required { get; set; } = true;

    /// <summary>"PDF", "original y copia", "fotografía en color".</summary>
    public string? Format { get; set; }

    /// <summary>
    /// The administration already holds it and gets it for the citizen (LPAC art. 28; SIA
    /// OBLIGADOAPORTARLOINTERESADO = no): shown as "Lo consulta el ayuntamiento por ti".
    /// </summary>
    public bool ConsultedForYou { get; set; }

    /// <summary>An absolute https address of a form to fill in.</summary>
    public string? FormUrl { get; set; }
}
