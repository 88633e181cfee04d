using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Portal.Contents.Catalog;
using Portal.Core.Theming;
using Portal.Media.Images;
using Portal.Media.Theming;

namespace Portal.Infographics.Items;

/// <summary>"/infografias/{slug}": a published infographic.</summary>
[Route(Infographic.Prefix)]
public sealed class InfographicsController(CitizenPages pages, PageHead head, MediaUrls mediaUrls)
    : CitizenPageController<Infographic, InfographicView>(pages, head)
{
    protected override string ContentType => Infographic.TypeName;

    protected override PageImage? ImageOf(InfographicView view) =>
        view.Image is { } asset ? SocialImage.Of(asset, view.Alt, mediaUrls) : null;

    protected override Task DescribeAsync(CitizenPage<Infographic, InfographicView> found, CitizenHead page, CancellationToken cancellationToken)
    {
        var (_, model, view) = found;
        var json = new JsonObject
        {
            ["@type"] = "ImageObject",
            ["name"] = model.Common.Title,
            ["caption"] = view.Alt,
            ["description"] = model.TextVersion,
            ["inLanguage"] = view.ImageTextLanguage,
            ["creditText"] = view.Credits,
            ["copyrightNotice"] = view.Credits,
            ["acquireLicensePage"] = page.CanonicalUrl,
            ["accessibilityFeature"] = new JsonArray("longDescription", "alternativeText"),
        };
        if (view.Image is { } picture)
        {
            json["contentUrl"] = page.Absolute(SocialImage.Urls(picture, mediaUrls)[^1]);
            json["encodingFormat"] = picture.ContentType;
            if (picture.Width is { } width && picture.Height is { } height)
            {
                json["width"] = width;
                json["height"] = height;
            }
        }

        if (view.LicenceUrl is { } licence)
        {
            json["license"] = licence;
        }

        Pages.AddWebPage(Head, page, json);
        return Task.CompletedTask;
    }
}
