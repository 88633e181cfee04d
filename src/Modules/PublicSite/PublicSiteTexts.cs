using Portal.Core.Localization;
using Portal.PublicSite.Accessibility;

namespace Portal.PublicSite;

/// <summary>The keys of the texts in <see cref="PublicSiteResources"/> that a value chooses, one set per kind of text.</summary>
public static class PublicSiteTexts
{
    public static readonly ResourceKeys<ComplianceStatus, PublicSiteResources> ComplianceStatus = new("Statement_Status", Enum.GetValues<ComplianceStatus>());

    /// <summary>The statement's sentence for its compliance status.</summary>
    public static readonly ResourceKeys<ComplianceStatus, PublicSiteResources> ComplianceStatusText = new("Statement_Status", Enum.GetValues<ComplianceStatus>(), "_Text");

    public static readonly ResourceKeys<AssessmentMethod, PublicSiteResources> AssessmentMethod = new("Statement_Method", Enum.GetValues<AssessmentMethod>());
}
