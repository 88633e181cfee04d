using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Contents.Catalog;
using Portal.Core.Hosting;
using Portal.Core.Theming;
using Portal.Media.Images;
using Portal.Media.Theming;

namespace Portal.Infographics.Items;

/// <summary>"/infografias/{slug}": a published infographic.</summary>
public sealed class InfographicsController(CitizenPages pages, PageHead head) : Controller
{
    [HttpGet("infografias/{slug}")]
    [OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
    public async Task<IActionResult> Show(
        string slug,
        [FromServices] CitizenPageLoader loader,
        [FromServices] MediaUrls mediaUrls,
        CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync<Infographic, InfographicView>(Infographic.TypeName, slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var (item, model, view) = found;

        var image = view.Image is { } asset ? SocialImage.Of(asset, view.Alt, mediaUrls) : null;
        var page = await pages.FillHeadAsync(head, item, model, $"{InfographicUrlProvider.Prefix}/{slug}", "article", image, Request, cancellationToken);

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

        pages.AddWebPage(head, page, json);
        return View(view);
    }
}
