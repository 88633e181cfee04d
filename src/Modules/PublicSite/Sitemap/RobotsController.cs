using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.Core.Theming;

namespace Portal.PublicSite.Sitemap;

/// <summary>robots.txt: everything public may be crawled except the admin and sign-in, and the sitemap is announced.</summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class RobotsController(PublicUrls urls) : Controller
{
    [HttpGet("robots.txt")]
    public async Task<IActionResult> Robots(CancellationToken cancellationToken)
    {
        var sitemap = PublicUrls.Absolute(await urls.BaseAsync(Request, cancellationToken), PublicPaths.Sitemap);
        return Content($"User-agent: *\nDisallow: /admin\n\nSitemap: {sitemap}\n", "text/plain; charset=utf-8");
    }
}
