namespace Portal.Contents.Parts;

/// <summary>
/// The edit model of an <see cref="ICitizenContent"/> type: the three parts as their forms post them, rendered by
/// the shared partials <c>/Views/Parts/CommonPartEditor.cshtml</c> (for="Edit.Common"), <c>SeoPartEditor.cshtml</c>
/// (for="Edit.Seo") and <c>SocialPartEditor.cshtml</c> (for="Edit.Social").
/// </summary>
public interface ICitizenEditModel
{
    CommonPartEditModel Common { get; set; }

    SeoPartEditModel Seo { get; set; }

    SocialPartEditModel Social { get; set; }
}
