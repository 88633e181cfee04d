using Portal.Contents.Editors;
using Portal.Contents.Parts;
using Portal.Media.Picker;

namespace Portal.Blog.Posts;

internal sealed class BlogPostEditor : ContentEditor<BlogPost, BlogPostEditModel>
{
    private const string CommonPrefix = nameof(BlogPost.Common) + ".";

    public override string ContentType => BlogPost.TypeName;

    public override string EditorView => "/Views/Blog/BlogPostEditor.cshtml";

    public override string EditFieldFor(string modelField) => modelField switch
    {
        _ when modelField.StartsWith(CommonPrefix, StringComparison.Ordinal) => CommonPrefix + CommonPartEditModel.EditFieldFor(modelField[CommonPrefix.Length..]),
        "Author.Name" => nameof(BlogPostEditModel.AuthorName),
        "Author.Url" => nameof(BlogPostEditModel.AuthorUrl),
        _ => modelField,
    };

    protected override BlogPostEditModel BuildEditModel(BlogPost model) => new()
    {
        Common = CommonPartEditModel.From(model.Common),
        Body = model.Body,
        AuthorName = model.Author.Name,
        AuthorUrl = model.Author.Url,
        AuthorIsOrganization = model.Author.IsOrganization,
        Kind = model.Kind,
        Image = model.Image ?? new(),
        Tags = string.Join(", ", model.Tags),
        Actions = [.. model.Actions],
        ValidUntil = model.ValidUntil,
    };

    // SEO and social texts have no fields here yet, so they are carried over from the stored version.
    protected override BlogPost Apply(BlogPostEditModel edit, BlogPost model) => new()
    {
        Common = edit.Common.ToPart(),
        Seo = model.Seo,
        Social = model.Social,
        Body = edit.Body ?? "",
        Author = new PostAuthor
        {
            Name = edit.AuthorName?.Trim() ?? "",
            Url = string.IsNullOrWhiteSpace(edit.AuthorUrl) ? null : edit.AuthorUrl.Trim(),
            IsOrganization = edit.AuthorIsOrganization,
        },
        Kind = edit.Kind,
        Image = edit.Image.IsEmpty ? null : new MediaReference
        {
            AssetId = edit.Image.AssetId.Trim(),
            Alt = edit.Image.Decorative ? null : edit.Image.Alt?.Trim(),
            Decorative = edit.Image.Decorative,
        },
        Tags = [.. (edit.Tags ?? "").Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.CurrentCultureIgnoreCase)],
        Actions = [.. edit.Actions.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal)],
        ValidUntil = edit.ValidUntil,
    };
}
