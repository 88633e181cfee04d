using Portal.Contents.Parts;

namespace Portal.Tramites.Model;

/// <summary>
/// A trámite guide ("Guía de trámite"), served at "/tramites/{slug}": what the procedure is (SIA's fields) and
/// how to write about it (GOV.UK's start page), as data. Which fields are required to publish is in
/// <see cref="Rules.TramiteRules"/>.
/// </summary>
public sealed class TramiteContent : ICitizenContent
{
    public const string TypeName = "tramite";

    /// <summary>Trámites live at "/tramites/{slug}", listed at "/tramites": the type's registered address and its pages' route.</summary>
    public const string Prefix = "tramites";

    public CommonPart Common { get; set; } = new();

    public SeoPart Seo { get; set; } = new();

    public SocialPart Social { get; set; } = new();

    /// <summary>The legal name (SIA DENOMINACION), when it differs from the citizen title.</summary>
    public string? OfficialName { get; set; }

    /// <summary>The procedure's code in the national inventory (SIA CODIGOACTUACION).</summary>
    public string? SiaCode { get; set; }

    /// <summary>The council's own file code (SIA CODIGOORIGEN).</summary>
    public string? InternalCode { get; set; }

    public TramiteKind Kind { get; set; }

    public TramiteInitiation Initiation { get; set; }

    public ProcedureStatus Status { get; set; }

    /// <summary>A banner above everything else, e.g. "La sede electrónica no funciona hoy por la tarde".</summary>
    public string? ServiceNotice { get; set; }

    /// <summary>What the trámite is for.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>What citizens get at the end (a certificate, a licence, a grant).</summary>
    public string Outcome { get; set; } = "";

    public string WhoCanApply { get; set; } = "";

    public List<string> Requirements { get; set; } = [];

    /// <summary>States explicitly that there are no requirements, so an empty list is not a forgotten one.</summary>
    public bool NoRequirements { get; set; }

    public List<TramiteDocument> Documents { get; set; } = [];

    /// <summary>States explicitly that no documents are needed.</summary>
    public bool NoDocuments { get; set; }

    public SubmissionPeriod Period { get; set; } = new();

    /// <summary>Free of charge; otherwise <see cref="Fees"/> lists what is paid.</summary>
    public bool Free { get; set; }

    public List<TramiteFee> Fees { get; set; } = [];

    /// <summary>How fees are paid ("con tarjeta en la sede o en cualquier banco con la carta de pago").</summary>
    public string? PaymentMethods { get; set; }

    /// <summary>In order.</summary>
    public List<TramiteStep> Steps { get; set; } = [];

    /// <summary>At least one to publish.</summary>
    public List<TramiteChannel> Channels { get; set; } = [];

    /// <summary>An official files the application for people without electronic identity (LPAC art. 12).</summary>
    public bool AssistedFiling { get; set; }

    /// <summary>ISO 639-1 codes of the languages the trámite can be done in.</summary>
    public List<string> Languages { get; set; } = ["es"];

    public ResolutionTime MaxResolutionTime { get; set; } = new();

    /// <summary>How long it usually takes (SIA TIEMPOMEDIORESOLUCION); required to publish when no law sets a maximum.</summary>
    public ResolutionTime AverageResolutionTime { get; set; } = new();

    public SilenceEffect Silence { get; set; }

    /// <summary>The decision ends the administrative route (SIA FINVIA): it decides which appeals apply.</summary>
    public bool EndsAdministrativeRoute { get; set; }

    public List<TramiteAppeal> Appeals { get; set; } = [];

    /// <summary>At least one to publish.</summary>
    public List<LegalReference> Legislation { get; set; } = [];

    /// <summary>A few sentences in English for people from other EU countries (Single Digital Gateway art. 12).</summary>
    public string? EnglishSummary { get; set; }

    /// <summary>Where to ask for help: a phone, an address, an e-mail address.</summary>
    public string ContactHelp { get; set; } = "";

    /// <summary>The item id of a video tutorial (type "video").</summary>
    public string? RelatedVideoId { get; set; }

    /// <summary>The item id of an infographic (type "infografia").</summary>
    public string? RelatedInfographicId { get; set; }

    public IEnumerable<ContentText> Texts()
    {
        foreach (var text in new[] { Purpose, Outcome, WhoCanApply })
        {
            yield return new(ContentTextRole.Body, text);
        }

        foreach (var requirement in Requirements)
        {
            yield return new(ContentTextRole.Body, requirement);
        }

        foreach (var document in Documents)
        {
            yield return new(ContentTextRole.Body, $"{document.Name}. {document.Description}");
        }

        foreach (var step in Steps)
        {
            yield return new(ContentTextRole.Heading, step.Title);
            yield return new(ContentTextRole.Step, step.Text);
        }
    }
}

public enum TramiteKind
{
    /// <summary>A procedure that ends in a decision (a licence, a grant).</summary>
    Procedure,

    /// <summary>A service given on request (a certificate, a collection).</summary>
    Service,
}

public enum TramiteInitiation
{
    CitizenRequest,
    ExOfficio,
}

public enum ProcedureStatus
{
    Active,
    Suspended,

    /// <summary>A call-based trámite (a grant) between calls.</summary>
    NoOpenCall,
}
