using System.ComponentModel.DataAnnotations;
using Portal.Core.Content;

namespace Portal.Contents.Parts;

/// <summary>The common part as its form posts it; a type's edit model holds one as <c>Common</c>.</summary>
public sealed class CommonPartEditModel
{
    [StringLength(TextLimits.Line, ErrorMessage = "Page_TitleMaxLength")]
    public string? Title { get; set; }

    [StringLength(TextLimits.Sentence, ErrorMessage = "Page_SummaryMaxLength")]
    public string? Summary { get; set; }

    [StringLength(TextLimits.Line, ErrorMessage = "Page_SlugMaxLength")]
    public string? Slug { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> LifeEvents { get; set; } = [];

    public List<string> Audiences { get; set; } = [];

    /// <summary>Comma-separated, as editors type them.</summary>
    [StringLength(1000, ErrorMessage = "Part_KeywordsMaxLength")]
    public string? CitizenKeywords { get; set; }

    [StringLength(TextLimits.Line, ErrorMessage = "Part_UnitMaxLength")]
    public string? ResponsibleUnitName { get; set; }

    [StringLength(20, ErrorMessage = "Part_Dir3Invalid")]
    public string? ResponsibleUnitDir3Code { get; set; }

    [StringLength(TextLimits.Line, ErrorMessage = "Part_UnitMaxLength")]
    public string? OwnerUnit { get; set; }

    [StringLength(TextLimits.Line, ErrorMessage = "Part_OwnerEmailInvalid")]
    public string? OwnerEmail { get; set; }

    public DateOnly? NextReviewDate { get; set; }

    public ChangeType ChangeType { get; set; }

    [StringLength(1000, ErrorMessage = "Part_ChangeNoteMaxLength")]
    public string? ChangeNote { get; set; }

    public static CommonPartEditModel From(CommonPart part) => new()
    {
        Title = part.Title,
        Summary = part.Summary,
        Slug = part.Slug,
        Topics = [.. part.Topics],
        LifeEvents = [.. part.LifeEvents],
        Audiences = [.. part.Audiences],
        CitizenKeywords = string.Join(", ", part.CitizenKeywords),
        ResponsibleUnitName = part.ResponsibleUnit.Name,
        ResponsibleUnitDir3Code = part.ResponsibleUnit.Dir3Code,
        OwnerUnit = part.ContentOwner.Unit,
        OwnerEmail = part.ContentOwner.Email,
        NextReviewDate = part.NextReviewDate,
        ChangeType = part.ChangeType,
        ChangeNote = part.ChangeNote,
    };

    public CommonPart ToPart() => new()
    {
        Title = Title?.Trim() ?? "",
        Summary = Summary?.Trim() ?? "",
        Slug = Slug?.Trim() ?? "",
        Topics = Distinct(Topics),
        LifeEvents = Distinct(LifeEvents),
        Audiences = Distinct(Audiences),
        CitizenKeywords = Distinct((CitizenKeywords ?? "").Split(',')),
        ResponsibleUnit = new ResponsibleUnit { Name = ResponsibleUnitName?.Trim() ?? "", Dir3Code = ResponsibleUnitDir3Code?.Trim().ToUpperInvariant() ?? "" },
        ContentOwner = new ContentOwner { Unit = OwnerUnit?.Trim() ?? "", Email = OwnerEmail?.Trim() ?? "" },
        NextReviewDate = NextReviewDate,
        ChangeType = ChangeType,
        ChangeNote = string.IsNullOrWhiteSpace(ChangeNote) ? null : ChangeNote.Trim(),
    };

    /// <summary>
    /// The edit field where an error of the part's field shows: the part's nested names are flattened here.
    /// </summary>
    public static string EditFieldFor(string partField) => partField switch
    {
        "ResponsibleUnit.Name" => nameof(ResponsibleUnitName),
        "ResponsibleUnit.Dir3Code" => nameof(ResponsibleUnitDir3Code),
        "ContentOwner.Unit" => nameof(OwnerUnit),
        "ContentOwner.Email" => nameof(OwnerEmail),
        _ => partField,
    };

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
