using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Contents.Parts;
using Portal.Tramites.Model;

namespace Portal.Tramites.Editing;

/// <summary>
/// The trámite form as posted. Numbers are strings so that whatever was typed comes back on an error; lists
/// typed as text (requirements, languages, identification methods) are one item per line or comma.
/// </summary>
public sealed class TramiteEditModel : ICitizenEditModel
{
    public CommonPartEditModel Common { get; set; } = new();

    public SeoPartEditModel Seo { get; set; } = new();

    public SocialPartEditModel Social { get; set; } = new();

    /// <summary>A form button that changes the rows ("add:Documents", "remove:Steps:2", "up:Steps:2"): nothing is saved.</summary>
    [StringLength(40)]
    public string? Command { get; set; }

    /// <summary>The id of the field to focus after a command, set by the editor.</summary>
    [BindNever]
    public string? Focus { get; set; }

    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? OfficialName { get; set; }

    [StringLength(20, ErrorMessage = "Rule_SiaCodeInvalid")]
    public string? SiaCode { get; set; }

    [StringLength(50, ErrorMessage = "Field_TooLong")]
    public string? InternalCode { get; set; }

    public TramiteKind Kind { get; set; }

    public TramiteInitiation Initiation { get; set; }

    public ProcedureStatus Status { get; set; }

    [StringLength(500, ErrorMessage = "Field_TooLong")]
    public string? ServiceNotice { get; set; }

    [StringLength(4000, ErrorMessage = "Field_TooLong")]
    public string? Purpose { get; set; }

    [StringLength(2000, ErrorMessage = "Field_TooLong")]
    public string? Outcome { get; set; }

    [StringLength(2000, ErrorMessage = "Field_TooLong")]
    public string? WhoCanApply { get; set; }

    /// <summary>One per line.</summary>
    [StringLength(4000, ErrorMessage = "Field_TooLong")]
    public string? Requirements { get; set; }

    public bool NoRequirements { get; set; }

    public List<DocumentRow> Documents { get; set; } = [];

    public bool NoDocuments { get; set; }

    public SubmissionPeriodKind PeriodKind { get; set; }

    public DateOnly? PeriodOpens { get; set; }

    public DateOnly? PeriodCloses { get; set; }

    [StringLength(10, ErrorMessage = "Field_NumberInvalid")]
    public string? PeriodDays { get; set; }

    public DayKind PeriodDayKind { get; set; }

    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? PeriodEvent { get; set; }

    public bool Free { get; set; }

    public List<FeeRow> Fees { get; set; } = [];

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? PaymentMethods { get; set; }

    public List<StepRow> Steps { get; set; } = [];

    public List<ChannelRow> Channels { get; set; } = [];

    public bool AssistedFiling { get; set; }

    /// <summary>Comma-separated ISO 639-1 codes.</summary>
    [StringLength(100, ErrorMessage = "Field_TooLong")]
    public string? Languages { get; set; }

    [StringLength(10, ErrorMessage = "Field_NumberInvalid")]
    public string? ResolutionNumber { get; set; }

    public ResolutionUnit ResolutionUnit { get; set; }

    [StringLength(10, ErrorMessage = "Field_NumberInvalid")]
    public string? AverageResolutionNumber { get; set; }

    public ResolutionUnit AverageResolutionUnit { get; set; }

    public SilenceEffect Silence { get; set; }

    public bool EndsAdministrativeRoute { get; set; }

    public List<AppealRow> Appeals { get; set; } = [];

    public List<LawRow> Legislation { get; set; } = [];

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? ContactHelp { get; set; }

    [StringLength(1500, ErrorMessage = "Field_TooLong")]
    public string? EnglishSummary { get; set; }

    [StringLength(26, ErrorMessage = "Field_ItemIdInvalid")]
    public string? RelatedVideoId { get; set; }

    [StringLength(26, ErrorMessage = "Field_ItemIdInvalid")]
    public string? RelatedInfographicId { get; set; }
}

public sealed class DocumentRow
{
    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? Name { get; set; }

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? Description { get; set; }

    public bool Required { get; set; } = true;

    [StringLength(200, ErrorMessage = "Field_TooLong")]
    public string? Format { get; set; }

    public bool ConsultedForYou { get; set; }

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? FormUrl { get; set; }
}

public sealed class FeeRow
{
    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? Concept { get; set; }

    /// <summary>Euros as typed, "12,50" or "12.50".</summary>
    [StringLength(20, ErrorMessage = "Field_AmountInvalid")]
    public string? Amount { get; set; }

    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? Bylaw { get; set; }
}

public sealed class StepRow
{
    [StringLength(200, ErrorMessage = "Field_TooLong")]
    public string? Title { get; set; }

    [StringLength(4000, ErrorMessage = "Field_TooLong")]
    public string? Text { get; set; }

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? Url { get; set; }
}

public sealed class ChannelRow
{
    public ChannelKind Kind { get; set; }

    [StringLength(100, ErrorMessage = "Field_TooLong")]
    public string? Name { get; set; }

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? Url { get; set; }

    /// <summary>Comma-separated.</summary>
    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? IdentificationMethods { get; set; }

    [StringLength(200, ErrorMessage = "Field_TooLong")]
    public string? Office { get; set; }

    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? Address { get; set; }

    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? Hours { get; set; }

    public bool AppointmentRequired { get; set; }

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? AppointmentUrl { get; set; }

    [StringLength(50, ErrorMessage = "Field_TooLong")]
    public string? AppointmentPhone { get; set; }

    [StringLength(50, ErrorMessage = "Field_TooLong")]
    public string? Phone { get; set; }

    [StringLength(500, ErrorMessage = "Field_TooLong")]
    public string? Notes { get; set; }
}

public sealed class AppealRow
{
    [StringLength(200, ErrorMessage = "Field_TooLong")]
    public string? Kind { get; set; }

    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? Body { get; set; }

    [StringLength(300, ErrorMessage = "Field_TooLong")]
    public string? Deadline { get; set; }
}

public sealed class LawRow
{
    [StringLength(100, ErrorMessage = "Field_TooLong")]
    public string? Rank { get; set; }

    [StringLength(50, ErrorMessage = "Field_TooLong")]
    public string? Number { get; set; }

    [StringLength(500, ErrorMessage = "Field_TooLong")]
    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    [StringLength(1000, ErrorMessage = "Field_TooLong")]
    public string? Url { get; set; }
}
