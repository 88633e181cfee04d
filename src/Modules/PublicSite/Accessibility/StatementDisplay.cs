using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Contents.Markdown;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Settings;

namespace Portal.PublicSite.Accessibility;

/// <summary>The statement as citizens read it, every date already in Spanish words.</summary>
public sealed record StatementView(
    AccessibilityStatement Statement,
    string SiteName,
    string StatusText,
    IReadOnlyList<NonComplianceView> NonCompliances,
    string? PreparedText,
    string MethodText,
    string? ReviewedText,
    string EnforcementHtml,
    string AdditionalHtml);

public sealed record NonComplianceView(string Description, string Criterion, string PlannedFix, string? PlannedText);

internal sealed class StatementDisplay(IMarkdownRenderer markdown, ISiteSettingsStore settings, IStringLocalizer<PublicSiteResources> S) : ContentDisplay<AccessibilityStatement>
{
    public override string ContentType => AccessibilityStatement.TypeName;

    public override string DisplayView => "/Views/Accessibility/StatementDisplay.cshtml";

    protected override async Task<object> BuildAsync(ContentItem item, AccessibilityStatement model, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        return new StatementView(
            model,
            site.SiteName,
            S[PublicSiteTexts.ComplianceStatus[model.Status]],
            [.. model.NonCompliances.Select(n => new NonComplianceView(n.Description, n.Criterion, n.PlannedFix, LongDate(n.PlannedDate)))],
            LongDate(model.PreparedOn),
            S[PublicSiteTexts.AssessmentMethod[model.Method]],
            LongDate(model.LastReviewedOn),
            markdown.ToHtml(model.Enforcement),
            markdown.ToHtml(model.Additional));
    }

    private static string? LongDate(DateOnly? date) =>
        date?.ToString("d 'de' MMMM 'de' yyyy", PortalHostExtensions.DefaultCulture);
}
