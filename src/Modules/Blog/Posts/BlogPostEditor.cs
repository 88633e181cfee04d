using Portal.Contents.Editors;

namespace Portal.Blog.Posts;

internal sealed class BlogPostEditor : CitizenContentEditor<BlogPost, BlogPostEditModel>
{
    public override string ContentType => BlogPost.TypeName;

    public override string EditorView => "/Views/Blog/BlogPostEditor.cshtml";

    protected override string TypeEditFieldFor(string modelField) => modelField switch
    {
        "Author.Name" => nameof(BlogPostEditModel.AuthorName),
        "Author.Url" => nameof(BlogPostEditModel.AuthorUrl),
        _ => modelField,
    };

    protected override BlogPostEditModel BuildTypeEditModel(BlogPost model) => new()
    {
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

    protected override BlogPost ApplyType(BlogPostEditModel edit, BlogPost model) => new()
    {
        Body = edit.Body ?? "",
        Author = new PostAuthor
        {
            Name = edit.AuthorName?.Trim() ?? "",
            Url = string.IsNullOrWhiteSpace(edit.AuthorUrl) ? null : edit.AuthorUrl.Trim(),
            IsOrganization = edit.AuthorIsOrganization,
        },
        Kind = edit.Kind,
        Image = edit.Image.Posted(),
        Tags = [.. (edit.Tags ?? "").Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.CurrentCultureIgnoreCase)],
        Actions = [.. edit.Actions.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal)],
        ValidUntil = edit.ValidUntil,
    };
}
