using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using static Portal.Contents.Parts.PartFields;

namespace Portal.Contents.Parts;

/// <summary>
/// The common part's rules, without I/O so they can be tested alone. Completeness rules (title, summary, its full
/// stop, the change note) apply when publishing, so drafts can be saved half done; integrity rules (terms that
/// exist, a review date to come, well-formed codes) apply to every save.
/// </summary>
public sealed partial class CommonPartRules(IStringLocalizer<ContentsResources> S)
{
    /// <summary>GOV.UK's advice: longer titles are cut in search results.</summary>
    public const int TitleAdvisedLength = 65;

    public const int SummaryAdvisedLength = 160;

    private static readonly EmailAddressAttribute Email = new();

    /// <param name="prefix">The model property that holds the part ("Common"), or empty.</param>
    public IEnumerable<ContentError> Errors(CommonPart part, bool publishing, DateOnly today, KnownTerms terms, string prefix)
    {
        if (publishing && string.IsNullOrWhiteSpace(part.Title))
        {
            yield return new(Field(prefix, nameof(CommonPart.Title)), S["Part_TitleRequired"]);
        }

        var summary = part.Summary.Trim();
        if (publishing && summary.Length == 0)
        {
            yield return new(Field(prefix, nameof(CommonPart.Summary)), S["Part_SummaryRequired"]);
        }
        else if (publishing && !summary.EndsWith('.'))
        {
            yield return new(Field(prefix, nameof(CommonPart.Summary)), S["Part_SummaryFullStop"]);
        }
        else if (publishing && string.Equals(summary.TrimEnd('.').Trim(), part.Title.Trim(), StringComparison.CurrentCultureIgnoreCase))
        {
            yield return new(Field(prefix, nameof(CommonPart.Summary)), S["Part_SummaryRepeatsTitle"]);
        }

        if (publishing && part.ChangeType == ChangeType.Major && string.IsNullOrWhiteSpace(part.ChangeNote))
        {
            yield return new(Field(prefix, nameof(CommonPart.ChangeNote)), S["Part_ChangeNoteRequired"]);
        }

        if (part.NextReviewDate is { } review && review < today)
        {
            yield return new(Field(prefix, nameof(CommonPart.NextReviewDate)), S["Part_ReviewDatePast"]);
        }

        foreach (var slug in part.Topics.Where(s => !terms.Topics.Contains(s)).Distinct(StringComparer.Ordinal))
        {
            yield return new(Field(prefix, nameof(CommonPart.Topics)), S["Part_TopicUnknown", slug]);
        }

        foreach (var slug in part.LifeEvents.Where(s => !terms.LifeEvents.Contains(s)).Distinct(StringComparer.Ordinal))
        {
            yield return new(Field(prefix, nameof(CommonPart.LifeEvents)), S["Part_LifeEventUnknown", slug]);
        }

        foreach (var slug in part.Audiences.Where(s => !terms.Audiences.Contains(s)).Distinct(StringComparer.Ordinal))
        {
            yield return new(Field(prefix, nameof(CommonPart.Audiences)), S["Part_AudienceUnknown", slug]);
        }

        var dir3 = part.ResponsibleUnit.Dir3Code.Trim();
        if (dir3.Length > 0 && !Dir3Pattern().IsMatch(dir3))
        {
            yield return new(Field(prefix, "ResponsibleUnit.Dir3Code"), S["Part_Dir3Invalid"]);
        }

        var email = part.ContentOwner.Email.Trim();
        if (email.Length > 0 && !Email.IsValid(email))
        {
            yield return new(Field(prefix, "ContentOwner.Email"), S["Part_OwnerEmailInvalid"]);
        }
    }

    /// <summary>Advice that never blocks a save.</summary>
    public IEnumerable<ContentError> Warnings(CommonPart part, string prefix)
    {
        var title = part.Title.Trim().Length;
        if (title > TitleAdvisedLength)
        {
            yield return new(Field(prefix, nameof(CommonPart.Title)), S["Part_TitleLong", title, TitleAdvisedLength]);
        }

        var summary = part.Summary.Trim().Length;
        if (summary > SummaryAdvisedLength)
        {
            yield return new(Field(prefix, nameof(CommonPart.Summary)), S["Part_SummaryLong", summary, SummaryAdvisedLength]);
        }
    }

    /// <summary>DIR3 codes are nine capital letters and digits (e.g. "L01280796").</summary>
    [GeneratedRegex("^[A-Z0-9]{9}$")]
    private static partial Regex Dir3Pattern();
}
