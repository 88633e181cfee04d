using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using static Portal.Contents.Parts.PartFields;

namespace Portal.Contents.Parts;

public sealed class SeoPartRules(IStringLocalizer<ContentsResources> S)
{
    public IEnumerable<ContentError> Errors(SeoPart part, string prefix)
    {
        if (!string.IsNullOrWhiteSpace(part.CanonicalUrl)
            && !(Uri.TryCreate(part.CanonicalUrl.Trim(), UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
        {
            yield return new(Field(prefix, nameof(SeoPart.CanonicalUrl)), S["Part_CanonicalInvalid"]);
        }
    }

    public IEnumerable<ContentError> Warnings(SeoPart part, string prefix)
    {
        var title = part.MetaTitle?.Trim().Length ?? 0;
        if (title > CommonPartRules.TitleAdvisedLength)
        {
            yield return new(Field(prefix, nameof(SeoPart.MetaTitle)), S["Part_MetaTitleLong", title, CommonPartRules.TitleAdvisedLength]);
        }

        var description = part.MetaDescription?.Trim().Length ?? 0;
        if (description > CommonPartRules.SummaryAdvisedLength)
        {
            yield return new(Field(prefix, nameof(SeoPart.MetaDescription)), S["Part_MetaDescriptionLong", description, CommonPartRules.SummaryAdvisedLength]);
        }
    }
}
