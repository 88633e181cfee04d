using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.PublicSite.Accessibility;

/// <summary>
/// The statement's rules, whoever saves it: one statement per site; every non-compliance names its WCAG criterion,
/// fix and date; publishing needs the sections the EU model makes mandatory.
/// </summary>
internal sealed partial class StatementHandler(IUnitOfWork unitOfWork, IStringLocalizer<PublicSiteResources> S) : IContentHandler
{
    public async Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is not AccessibilityStatement statement)
        {
            return;
        }

        var itemId = context.Item.ItemId;
        if (await unitOfWork.Db.ContentItems.AnyAsync(c => c.ContentType == AccessibilityStatement.TypeName && c.ItemId != itemId && (c.Latest || c.Published)))
        {
            context.AddError("", S["Statement_OnlyOne"]);
        }

        for (var i = 0; i < statement.NonCompliances.Count; i++)
        {
            var item = statement.NonCompliances[i];
            var field = $"{nameof(AccessibilityStatement.NonCompliances)}[{i}]";
            if (string.IsNullOrWhiteSpace(item.Description))
            {
                context.AddError($"{field}.{nameof(NonCompliance.Description)}", S["Statement_ItemDescriptionRequired", i + 1]);
            }

            if (!CriterionPattern().IsMatch(item.Criterion))
            {
                context.AddError($"{field}.{nameof(NonCompliance.Criterion)}", S["Statement_ItemCriterionInvalid", i + 1]);
            }

            if (string.IsNullOrWhiteSpace(item.PlannedFix))
            {
                context.AddError($"{field}.{nameof(NonCompliance.PlannedFix)}", S["Statement_ItemFixRequired", i + 1]);
            }

            if (item.PlannedDate is null)
            {
                context.AddError($"{field}.{nameof(NonCompliance.PlannedDate)}", S["Statement_ItemDateRequired", i + 1]);
            }
        }

        if (statement.ContactUrl.Length > 0 && !(Uri.TryCreate(statement.ContactUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            context.AddError(nameof(AccessibilityStatement.ContactUrl), S["Statement_ContactUrlInvalid"]);
        }

        if (statement.PreparedOn is { } prepared && statement.LastReviewedOn is { } reviewed && reviewed < prepared)
        {
            context.AddError(nameof(AccessibilityStatement.LastReviewedOn), S["Statement_ReviewBeforePrepared"]);
        }

        if (context.Publishing)
        {
            RequiredToPublish(statement, context);
        }
    }

    private void RequiredToPublish(AccessibilityStatement statement, ValidatingContentContext context)
    {
        if (string.IsNullOrWhiteSpace(statement.Scope))
        {
            context.AddError(nameof(AccessibilityStatement.Scope), S["Statement_ScopeRequired"]);
        }

        if (statement.Status != ComplianceStatus.Full && statement.NonCompliances.Count == 0 && statement.DisproportionateBurden.Count == 0)
        {
            context.AddError(nameof(AccessibilityStatement.Status), S["Statement_StatusNeedsItems"]);
        }

        if (statement.PreparedOn is null)
        {
            context.AddError(nameof(AccessibilityStatement.PreparedOn), S["Statement_PreparedRequired"]);
        }

        if (string.IsNullOrWhiteSpace(statement.ResponsibleUnit))
        {
            context.AddError(nameof(AccessibilityStatement.ResponsibleUnit), S["Statement_UnitRequired"]);
        }

        if (string.IsNullOrWhiteSpace(statement.ContactEmail) && string.IsNullOrWhiteSpace(statement.ContactPhone) && string.IsNullOrWhiteSpace(statement.ContactUrl))
        {
            context.AddError(nameof(AccessibilityStatement.ContactEmail), S["Statement_ContactRequired"]);
        }

        if (string.IsNullOrWhiteSpace(statement.Enforcement))
        {
            context.AddError(nameof(AccessibilityStatement.Enforcement), S["Statement_EnforcementRequired"]);
        }
    }

    /// <summary>A WCAG 2.x success criterion number: principle 1–4, guideline, criterion.</summary>
    [GeneratedRegex(@"^[1-4]\.[0-9]{1,2}\.[0-9]{1,2}$")]
    private static partial Regex CriterionPattern();
}
