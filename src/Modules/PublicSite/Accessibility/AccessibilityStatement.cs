using Portal.Core.Content;

namespace Portal.PublicSite.Accessibility;

/// <summary>
/// The accessibility statement (RD 1112/2018, EU model of Implementing Decision 2018/1523), stored as data so its
/// lists stay true: one per site, published at <see cref="PublicPaths.AccessibilityStatement"/>.
/// </summary>
public sealed class AccessibilityStatement
{
    public const string TypeName = "declaracion-accesibilidad";

    /// <summary>The id the default recipe gives it; items created in the admin get a generated one.</summary>
    public const string DefaultItemId = "declaracion-accesibilidad";

    /// <summary>Which site the statement covers, e.g. "el portal web www.villanuevadelrio.es".</summary>
    public string Scope { get; set; } = "";

    public ComplianceStatus Status { get; set; } = ComplianceStatus.Partial;

    public List<NonCompliance> NonCompliances { get; set; } = [];

    /// <summary>Content not made accessible because it would be a disproportionate burden (art. 7), with why.</summary>
    public List<string> DisproportionateBurden { get; set; } = [];

    /// <summary>Content outside the law's scope (art. 3.4), e.g. office files published before 20-09-2018.</summary>
    public List<string> OutOfScope { get; set; } = [];

    public DateOnly? PreparedOn { get; set; }

    public AssessmentMethod Method { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>The unit that receives communications, requests for accessible information and complaints.</summary>
    public string ResponsibleUnit { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    /// <summary>The online form or register entry where people can write (sede electrónica).</summary>
    public string ContactUrl { get; set; } = "";

    /// <summary>The reclamación route (art. 13) when an answer is missing or unsatisfactory; Markdown.</summary>
    public string Enforcement { get; set; } = "";

    /// <summary>Optional content (section 7 of the model); Markdown.</summary>
    [TextLimit(TextLimits.Document)]
    public string Additional { get; set; } = "";
}

/// <summary>One requirement not met yet: what fails, which WCAG 2.1 criterion, how and when it will be fixed.</summary>
public sealed class NonCompliance
{
    public string Description { get; set; } = "";

    /// <summary>The WCAG success criterion number, e.g. "1.1.1".</summary>
    public string Criterion { get; set; } = "";

    public string PlannedFix { get; set; } = "";

    public DateOnly? PlannedDate { get; set; }
}

public enum ComplianceStatus
{
    Full,
    Partial,
    None,
}

public enum AssessmentMethod
{
    SelfAssessment,
    ThirdParty,
}
