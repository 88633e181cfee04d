using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Microsoft.EntityFrameworkCore;
using Portal.Media.Assets;
using Portal.Media.Picker;

namespace Portal.Blog.Posts;

/// <summary>
/// A post's own rules, whoever saves it (the admin, a recipe): body, author and at least one topic to publish;
/// a featured image needs alt text and a credit; author page, image and trámite links must point somewhere real.
/// The common part's rules and the address come from the Contents module.
/// </summary>
internal sealed class BlogPostHandler(
    IUnitOfWork unitOfWork,
    MediaReferenceValidator media,
    IStringLocalizer<BlogResources> S) : IContentHandler
{
    public const int MaxTags = 20;

    private static readonly IReadOnlyList<MediaKind> ImageKinds = MediaKindList.Parse("Images");

    public async Task ValidatingAsync(ValidatingContentContext context)
    {
        if (context.Model is not BlogPost post)
        {
            return;
        }

        if (context.Publishing && string.IsNullOrWhiteSpace(post.Body))
        {
            context.AddError(nameof(BlogPost.Body), S["Post_BodyRequired"]);
        }

        if (context.Publishing && string.IsNullOrWhiteSpace(post.Author.Name))
        {
            context.AddError("Author.Name", S["Post_AuthorRequired"]);
        }

        if (context.Publishing && post.Common.Topics.Count == 0)
        {
            context.AddError(nameof(BlogPost.Common) + "." + nameof(CommonPart.Topics), S["Post_TopicRequired"]);
        }

        if (post.Author.Url is { } url && !IsPageAddress(url))
        {
            context.AddError("Author.Url", S["Post_AuthorUrlInvalid"]);
        }

        if (post.Tags.Count > MaxTags)
        {
            context.AddError(nameof(BlogPost.Tags), S["Post_TooManyTags", MaxTags]);
        }

        if (!Enum.IsDefined(post.Kind))
        {
            context.AddError(nameof(BlogPost.Kind), S["Post_KindInvalid"]);
        }

        await ValidateImageAsync(context, post);
        await ValidateActionsAsync(context, post);
    }

    private async Task ValidateImageAsync(ValidatingContentContext context, BlogPost post)
    {
        var field = S["Post_Image"].Value;
        foreach (var error in await media.ValidateAsync(post.Image, field, ImageKinds, required: false))
        {
            context.AddError(nameof(BlogPost.Image), error);
        }

        if (context.Publishing && post.Image is { IsEmpty: false } image
            && await unitOfWork.Db.Set<MediaAsset>().AsNoTracking().Where(a => a.Id == image.AssetId).Select(a => new { a.FileName, a.Credit }).FirstOrDefaultAsync() is { } asset
            && string.IsNullOrWhiteSpace(asset.Credit))
        {
            // Read here rather than through the library, whose usage providers may depend on the content manager.
            context.AddError(nameof(BlogPost.Image), S["Post_ImageCreditRequired", asset.FileName]);
        }
    }

    private async Task ValidateActionsAsync(ValidatingContentContext context, BlogPost post)
    {
        foreach (var id in await unitOfWork.WrongLinksAsync(post.Actions, BlogPost.TramiteType, CancellationToken.None))
        {
            context.AddError(nameof(BlogPost.Actions), S["Post_ActionUnknown", id]);
        }
    }

    private static bool IsPageAddress(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http");
}
