using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Editors;
using Portal.Contents.Markdown;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Taxonomies.Terms;

namespace Portal.Blog.Posts;

/// <summary>A post as citizens read it.</summary>
/// <param name="Image">The featured image's asset, when there is one and it still exists.</param>
/// <param name="Actions">The linked trámites that are published now.</param>
public sealed record BlogPostView(
    string Title,
    string Lead,
    string BodyHtml,
    string KindLabel,
    string AuthorName,
    string? AuthorUrl,
    MediaAsset? Image,
    string? ImageAlt,
    bool ImageDecorative,
    string PublishedText,
    string PublishedIso,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CitizenLink> Actions,
    Validity? Validity);

internal sealed class BlogPostDisplay(
    IMarkdownRenderer markdown,
    SiteTime siteTime,
    IMediaLibrary library,
    ITaxonomyStore taxonomies,
    CitizenPages pages,
    IStringLocalizer<BlogResources> S) : ContentDisplay<BlogPost>
{
    public override string ContentType => BlogPost.TypeName;

    public override string DisplayView => "/Views/Blog/BlogPostDisplay.cshtml";

    public override string? HeadView => "/Views/Blog/BlogPostHead.cshtml";

    protected override async Task<object> BuildAsync(ContentItem item, BlogPost model, CancellationToken cancellationToken)
    {
        var published = await ShownDate.OfAsync(item, siteTime, cancellationToken);
        var image = await library.FindAsync(model.Image?.AssetId, cancellationToken);
        var topics = await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken);
        return new BlogPostView(
            string.IsNullOrWhiteSpace(model.Common.Title) ? S["Untitled"] : model.Common.Title,
            model.Common.Summary,
            markdown.ToHtml(model.Body),
            S[BlogTexts.Kind[model.Kind]],
            model.Author.Name,
            model.Author.Url,
            image,
            model.Image?.Alt,
            model.Image?.Decorative ?? false,
            published.Text,
            published.Iso,
            [.. model.Common.Topics.Select(slug => topics.FirstOrDefault(t => t.Slug == slug)?.Name).OfType<string>()],
            model.Tags,
            await pages.PublishedLinksAsync(model.Actions, BlogPost.TramiteType, cancellationToken),
            await pages.ValidityAsync(model.ValidUntil, cancellationToken));
    }
}
