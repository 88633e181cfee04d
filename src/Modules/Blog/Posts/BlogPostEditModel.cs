using System.ComponentModel.DataAnnotations;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Media.Picker;

namespace Portal.Blog.Posts;

/// <summary>The blog post form as posted; empty fields arrive as null.</summary>
public sealed class BlogPostEditModel : ICitizenEditModel
{
    public CommonPartEditModel Common { get; set; } = new();

    public SeoPartEditModel Seo { get; set; } = new();

    public SocialPartEditModel Social { get; set; } = new();

    [StringLength(TextLimits.Document, ErrorMessage = "Post_BodyMaxLength")]
    public string? Body { get; set; }

    [StringLength(200, ErrorMessage = "Post_AuthorNameMaxLength")]
    public string? AuthorName { get; set; }

    [StringLength(500, ErrorMessage = "Post_AuthorUrlMaxLength")]
    public string? AuthorUrl { get; set; }

    public bool AuthorIsOrganization { get; set; }

    public PostKind Kind { get; set; }

    public MediaReference Image { get; set; } = new();

    /// <summary>Comma-separated, as editors type them.</summary>
    [StringLength(1000, ErrorMessage = "Post_TagsMaxLength")]
    public string? Tags { get; set; }

    public List<string> Actions { get; set; } = [];

    public DateOnly? ValidUntil { get; set; }
}
