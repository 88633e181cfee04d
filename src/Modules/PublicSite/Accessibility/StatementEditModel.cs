using System.ComponentModel.DataAnnotations;

namespace Portal.PublicSite.Accessibility;

/// <summary>The statement form as posted. Lists of text are one item per line; blank non-compliance rows are ignored.</summary>
public sealed class StatementEditModel
{
    /// <summary>Empty rows offered below the filled ones, so an item can be added without JavaScript.</summary>
    public const int BlankRows = 3;

    [StringLength(300, ErrorMessage = "Statement_TooLong")]
    public string? Scope { get; set; }

    public ComplianceStatus Status { get; set; } = ComplianceStatus.Partial;

    public List<NonComplianceInput> NonCompliances { get; set; } = [];

    [StringLength(10_000, ErrorMessage = "Statement_TooLong")]
    public string? DisproportionateBurden { get; set; }

    [StringLength(10_000, ErrorMessage = "Statement_TooLong")]
    public string? OutOfScope { get; set; }

    public DateOnly? PreparedOn { get; set; }

    public AssessmentMethod Method { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    [StringLength(300, ErrorMessage = "Statement_TooLong")]
    public string? ResponsibleUnit { get; set; }

    [EmailAddress(ErrorMessage = "Statement_EmailInvalid")]
    [StringLength(200, ErrorMessage = "Statement_TooLong")]
    public string? ContactEmail { get; set; }

    [StringLength(40, ErrorMessage = "Statement_TooLong")]
    public string? ContactPhone { get; set; }

    [StringLength(500, ErrorMessage = "Statement_TooLong")]
    public string? ContactUrl { get; set; }

    [StringLength(10_000, ErrorMessage = "Statement_TooLong")]
    public string? Enforcement { get; set; }

    [StringLength(20_000, ErrorMessage = "Statement_TooLong")]
    public string? Additional { get; set; }
}

public sealed class NonComplianceInput
{
    [StringLength(1000, ErrorMessage = "Statement_TooLong")]
    public string? Description { get; set; }

    [StringLength(20, ErrorMessage = "Statement_TooLong")]
    public string? Criterion { get; set; }

    [StringLength(1000, ErrorMessage = "Statement_TooLong")]
    public string? PlannedFix { get; set; }

    public DateOnly? PlannedDate { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Criterion) && string.IsNullOrWhiteSpace(PlannedFix) && PlannedDate is null;
}
